from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, f FLOAT, s STRING, m DECIMAL(7,0), ts TIMESTAMP, j INT, dt DATE, i INT, t STRING, d DOUBLE").json(INPUT)
result = df.withColumn("c1", (F.substring(F.concat_ws("-", col("t"), col("s")), -3, 1) != col("s"))).withColumn("c2", F.date_sub(col("dt"), col("i"))).withColumn("c3", F.nullif(F.md5(F.rtrim(col("t"))), lit("日本"))).withColumn("c4", expr("(year((dt - INTERVAL -10 DAYS)) + round(m, -1))")).withColumn("c5", expr("substring(c3, 1, 1)")).drop("ts", "j", "t")
OUTPUT_MODE = "append"
