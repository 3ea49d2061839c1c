from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, ts TIMESTAMP, k BIGINT, m DECIMAL(12,4), dt DATE, f FLOAT, s STRING, d DOUBLE").load(INPUT)
result = df.withColumn("c1", (col("m") * (col("m") / expr("3.5")))).withColumn("c2", expr("((i - 1000L) <> id)")).withColumn("c3", (-col("m"))).withColumn("c4", F.concat(F.nullif(col("s"), lit("é")), col("s"))).withColumn("c5", expr("date_from_unix_date(i)")).select("id", "c1", "c2", "c3", "c4", "c5")
OUTPUT_MODE = "append"
