from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(20,0), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", expr("(d / nullif(least(i, i), 0))")).withColumn("c2", F.when((col("s") <= lit("日本")), col("ts")).when((col("m") == expr("12.345")), col("ts")).when(F.exists(F.split(col("s"), " "), lambda x: x == lit("o")), F.when((col("c1") == lit(0.001)), F.to_timestamp(lit("2024-03-01 12:30:00.123456"))).otherwise(col("ts"))).otherwise(col("ts"))).select("id", "c1", "c2").where((((col("d") == lit(0.001)) | F.coalesce(col("ts").isNotNull(), col("d").isNotNull(), lit(False))) | col("i").isNull()))
OUTPUT_MODE = "append"
