from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(7,0), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", F.coalesce(col("n"), lit(-3.10).cast("decimal(3,2)"))).withColumn("ts", col("ts")).withColumn("c3", expr("(CAST(i AS DECIMAL(20,0)) IN (99.99, 0.001))")).withColumn("c4", F.abs(col("m"))).select("id", "c1", "c3", "c4")
OUTPUT_MODE = "append"
