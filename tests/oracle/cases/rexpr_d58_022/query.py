from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, ts TIMESTAMP, m DECIMAL(38,10), i INT, b BOOLEAN, n DECIMAL(4,1), s STRING, t STRING, d DOUBLE, dt DATE").load(INPUT)
result = df.withColumn("c1", expr("bround(d, 1)")).withColumn("c2", (F.coalesce(col("ts").isNotNull(), lit(True)) & (col("d") != lit(0.001)))).withColumn("n", F.when(col("t").isNotNull(), col("d").try_cast("decimal(38,18)")).when(col("b"), F.when((col("i") != col("n")), col("n")).when(col("id").cast("boolean"), col("n")).when(col("m").between(expr("12.345"), lit(100).cast("decimal(3,0)")), col("m")).otherwise(col("n"))).otherwise(expr("100BD"))).select("id", "c1", "c2").where("(NOT coalesce((n >= 12.345), false))")
OUTPUT_MODE = "append"
