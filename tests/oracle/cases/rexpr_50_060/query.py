from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where(((lit(86400).cast("bigint") != F.when(col("b").isNotNull(), col("i")).when(col("b"), col("i")).when((col("d") >= lit(-1.5)), col("i")).otherwise(col("i"))) | col("t").isNull())).withColumn("c1", F.sha2(col("s"), 0)).withColumn("c2", expr("CAST(to_date(date_trunc('MINUTE', ts)) AS TIMESTAMP)")).withColumn("c3", expr("i")).withColumn("i", F.when((col("i") >= col("d")), col("c3")).otherwise(col("c3"))).select("id", "c1", "c2", "c3")
OUTPUT_MODE = "append"
