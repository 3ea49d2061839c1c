from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", expr("pmod(i, 7)").alias("c1"), (col("d") + F.coalesce((col("m") + (col("m") * col("i"))), col("m"), lit(.001).cast("decimal(4,3)"))).alias("c2"), expr("CAST(i AS DOUBLE)").alias("c3"), expr("(ts > dt)").alias("c4"))
OUTPUT_MODE = "append"
