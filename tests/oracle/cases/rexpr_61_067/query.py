from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter((col("m") > lit(99.99).cast("decimal(4,2)"))).selectExpr("id", "i", "(m - m) AS c1", "last_day(dt) AS c2", "try_to_timestamp('2024-02-29') AS c3")
OUTPUT_MODE = "append"
