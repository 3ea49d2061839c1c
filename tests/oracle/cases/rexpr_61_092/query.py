from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, dt DATE, b BOOLEAN, ts TIMESTAMP, n DECIMAL(9,5), d DOUBLE, m DECIMAL(10,2), i INT, s STRING").json(INPUT)
result = df.filter("(ts <> TIMESTAMP'2024-02-29 00:00:00')").selectExpr("id", "i", "CAST(dt AS TIMESTAMP) AS c1", "(CAST(i AS DOUBLE) <> id) AS c2", "date_trunc('QUARTER', date_trunc('HOUR', date_trunc('SECOND', ts))) AS c3").filter((col("id") > lit(1).cast("bigint")))
OUTPUT_MODE = "append"
