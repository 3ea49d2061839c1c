from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("i", F.size(F.split(col("s"), " "))).withColumn("c2", F.when((col("k") != lit(1).cast("bigint")), col("ts")).when((col("n") > expr("12.345")), F.date_trunc("MONTH", col("ts")))).select("id", "c2").where((col("t") <= lit("x-y")))
OUTPUT_MODE = "append"
