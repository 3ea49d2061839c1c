from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(5,3), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", F.weekday(F.when((col("t") <= lit("日本")), col("dt")).otherwise(col("dt")))).withColumn("c2", (col("ts") > F.to_timestamp(lit("2024-03-01 12:30:00.123456"))).cast("double")).withColumn("c3", (col("n") / F.nullif(col("m"), lit(0)))).withColumn("c4", expr("ts")).withColumn("c5", F.exists(F.split(F.when(F.isnan(F.log(10.0, col("d"))), col("ts").cast("string")).when(col("i").isNotNull(), F.nvl2((col("m") != lit(100).cast("decimal(3,0)")), col("s"), lit("abc"))).when((col("dt") <= F.to_date(lit("2023-12-31"))), col("s")).otherwise(F.trim(col("s"))), " "), lambda x: x == lit("b"))).drop("d", "n", "dt").filter(F.coalesce(col("i").isNotNull(), lit(True)))
OUTPUT_MODE = "append"
