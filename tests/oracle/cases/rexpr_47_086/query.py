from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, b BOOLEAN, t STRING, dt DATE, s STRING, m DECIMAL(10,2), ts TIMESTAMP, i INT, d DOUBLE, j INT").json(INPUT)
result = df.select("s", expr("(3 * 1000L)").alias("c1"), F.nvl(col("m"), lit(12.345).cast("decimal(5,3)")).alias("c2"))
OUTPUT_MODE = "append"
