from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(5,3), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", F.lpad(F.date_format(col("ts"), "dd.MM.yy"), 6, "*")).withColumn("c2", (lit(2) * (F.expr("(i ^ -1)").cast("int") + col("i")))).withColumn("t", col("ts").cast("string")).withColumn("c4", F.date_trunc("yyyy", col("ts"))).withColumn("c5", F.month(col("dt")))
OUTPUT_MODE = "append"
