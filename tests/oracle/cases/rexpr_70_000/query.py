from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "n", "(id % nullif(i, 0)) AS c1", "round(n, 3) AS c2", "nvl2(1, (id + i), 0L) AS c3", "CASE WHEN (s IS NOT NULL) THEN s WHEN (m = 12.345) THEN s WHEN (m >= 0.001) THEN s ELSE s END", "((n / nullif(j, 0)) BETWEEN 0.001 AND 99.99)").where((F.isnan((col("d") - col("i"))) | col("t").isNotNull()))
OUTPUT_MODE = "append"
