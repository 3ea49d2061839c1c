from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", "t", F.nullif(col("t"), lit("2024-02-29")).alias("c1"), expr("(m - m) AS c2"), expr("((i - m) / nullif(i, 0)) AS c3"), F.concat_ws(", ", col("s"), col("s")).try_cast("int"), F.pmod(col("id"), lit(2)).alias("c5")).filter((col("i") < lit(2)))
OUTPUT_MODE = "append"
