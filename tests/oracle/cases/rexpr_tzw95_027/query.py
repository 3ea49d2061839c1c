spark.conf.set("spark.sql.session.timeZone", "Asia/Kolkata")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, m DECIMAL(7,0), ts TIMESTAMP, b BOOLEAN, t STRING, dt DATE, n DECIMAL(9,5), i INT, j INT, d DOUBLE, s STRING").load(INPUT)
result = df.where("(((id % nullif(1, 0)) > m) OR (j <> 5))").select(((col("n") * col("n")) * lit(2)).alias("c1"), F.nullif(F.ascii(expr("CAST(next_day(dt, 'Mon') AS STRING)")), lit(-1)).alias("c2"), F.radians((F.when(col("b"), col("i")).when((col("ts") != F.to_timestamp(lit("2024-02-29 00:00:00"))), col("i")).otherwise(col("i")) - col("i"))).alias("c3"), expr("concat(if(b, s, ''), t) AS c4"), expr("chr(abs(10) % 90 + 32)").alias("c5"))
OUTPUT_MODE = "append"
