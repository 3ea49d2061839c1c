from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select(expr("(id % nullif(i, 0)) AS c1"), F.format_string("[%5s|%-4d]", F.repeat(col("t"), 3), col("k")).alias("c2"), F.length(F.left(col("s"), lit(0))).alias("c3"))
OUTPUT_MODE = "append"
