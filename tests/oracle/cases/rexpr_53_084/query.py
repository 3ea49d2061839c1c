from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where("((1L IS NOT NULL) OR (n <> 100BD))").withColumn("c1", expr("CAST((id IS NOT NULL) AS STRING)")).withColumn("c2", F.coalesce(col("id"), lit(86400).cast("bigint"))).drop("i", "d", "f", "m", "dt", "ts")
OUTPUT_MODE = "append"
