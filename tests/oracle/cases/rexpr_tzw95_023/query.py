spark.conf.set("spark.sql.session.timeZone", "Asia/Kolkata")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, f FLOAT, m DECIMAL(7,0), n DECIMAL(20,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", expr("month(CASE WHEN (s IS NOT NULL) THEN date_sub(dt, i) END)")).withColumn("c2", (col("m") * col("m") * col("m") * col("m") * col("m"))).withColumn("c3", (F.when(col("b"), col("id")).when(col("b"), col("id")).otherwise(col("id")) + col("id"))).withColumn("s", F.coalesce(col("s"), F.regexp_replace(col("s"), "[0-9]+", "#"), lit("2024-02-29"))).withColumn("c5", F.concat_ws(", ", col("s"), col("s"))).select("id", "c1", "c2", "c3", "c5")
OUTPUT_MODE = "append"
