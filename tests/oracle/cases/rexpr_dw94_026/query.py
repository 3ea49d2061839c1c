from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(7,0), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where("(NOT coalesce((m > k), false))").withColumn("c1", expr("((date_part('YEAR', DATE'2000-01-01') > 7) = false)")).withColumn("c2", ((col("dt").cast("timestamp") + expr("INTERVAL '90' MINUTE")) - expr("INTERVAL 1 DAY"))).drop("i", "k", "d", "f", "m", "s", "t", "ts")
OUTPUT_MODE = "append"
