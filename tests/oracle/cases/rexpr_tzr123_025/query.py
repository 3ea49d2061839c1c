spark.conf.set("spark.sql.session.timeZone", "America/Sao_Paulo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "(ts - INTERVAL -3 DAYS) AS c1", "regexp_replace(substring(s, 1, 10), '^.', '')", "(m + i) AS c3", "nvl2(date_trunc('MINUTE', ts), CASE WHEN arrays_overlap(array(i, i), array(1, 2, i)) THEN d WHEN b THEN d WHEN (k >= 1L) THEN d ELSE d END, 2.0D) AS c4", "is_valid_utf8(unhex('C328')) AS c5").filter(col("n").isNotNull())
OUTPUT_MODE = "append"
