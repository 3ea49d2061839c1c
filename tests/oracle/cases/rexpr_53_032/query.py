from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(20,0), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter(((col("k") < lit(1).cast("bigint")) | col("ts").isNotNull())).select("id", "k", F.coalesce((col("m") / expr("2.5")), expr("0.001")).alias("c1"), F.length(col("j").cast("decimal(38,18)").cast("string")).alias("c2"), expr("((id = 1L) OR ('42' = s))").alias("c3"), expr("ucase(format_string('%e', d))").alias("c4")).where(((col("ts") == col("dt")) | col("d").isNotNull()))
OUTPUT_MODE = "append"
