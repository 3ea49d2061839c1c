from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter(((F.sqrt(col("n")) > ((col("i") / F.nullif(col("i"), lit(0))) / F.nullif(F.hash(col("t"), col("id")), lit(0)))) | col("i").isNotNull())).select("id", "b", expr("unix_timestamp(to_date('2024-02-29'))"), expr("((id DIV 2) / 10.0D)").alias("c2"), F.ifnull(col("n"), lit(12.345).cast("decimal(5,3)")).alias("c3"), F.ltrim(F.regexp_replace(col("s"), "[0-9]+", "#")), expr("(i * m)").alias("c5")).filter((F.substring(lit("Hello"), 2, 0).try_cast("boolean") | col("id").isNull()))
OUTPUT_MODE = "append"
