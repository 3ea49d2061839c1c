from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(4,1), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter(col("id").isNotNull()).selectExpr("id", "CASE WHEN (s IS NOT NULL) THEN 1L WHEN (dt IS NOT NULL) THEN id ELSE id END AS c1", "nullif(n, 12.345) AS c2", "format_number(datediff(dt, CAST(NULL AS DATE)), 0)").filter((col("d") <= lit(0.001)))
OUTPUT_MODE = "append"
