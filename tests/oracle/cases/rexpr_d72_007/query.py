from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, b BOOLEAN, m DECIMAL(38,10), s STRING, d DOUBLE, ts TIMESTAMP, dt DATE, j INT").json(INPUT)
result = df.selectExpr("id", "isnan(d) AS c1", "(ts + INTERVAL -3 DAYS) AS c2", "nvl2(left(regexp_extract(regexp_extract(s, '([a-z]+)', 1), '([a-z]+)', 1), 1), CASE WHEN b THEN 5 ELSE nvl2(s, i, i) END, 5) AS c3")
OUTPUT_MODE = "append"
