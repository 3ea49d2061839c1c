from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, d DOUBLE, b BOOLEAN, s STRING, j INT, m DECIMAL(10,2), i INT, n DECIMAL(4,1), ts TIMESTAMP, dt DATE").load(INPUT)
result = df.filter((((col("dt") > F.to_date(lit("2023-12-31"))) | (col("m") > lit(1.25).cast("decimal(3,2)"))).eqNullSafe(col("b").isNotNull()) | (col("m") > expr("1.25")))).selectExpr("id", "crc32(s) AS c1", "(n - i)", "((-3.10 * m) * m) AS c3")
OUTPUT_MODE = "append"
