spark.conf.set("spark.sql.session.timeZone", "Pacific/Chatham")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("n", "(id DIV nullif(i, 0)) AS c1", "(pmod(100BD, nullif((i * n), 0)) * i) AS c2", "CASE WHEN startswith(nullif(upper(s), ' '), '') THEN TIMESTAMP'1999-12-31 23:59:59.999' WHEN b THEN TIMESTAMP'1999-12-31 23:59:59.999' WHEN (nullif(least(m, n, n), 1.25) IS NOT NULL) THEN ts ELSE CASE WHEN b THEN ts ELSE ts END END AS c3")
OUTPUT_MODE = "append"
