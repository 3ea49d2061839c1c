spark.conf.set("spark.sql.session.timeZone", "Pacific/Chatham")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(20,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("d", F.round(F.pow(lit(0.5), 0.5), -1)).withColumn("c2", F.date_trunc("WEEK", col("ts"))).withColumn("c3", expr("(NOT b)")).withColumn("ts", expr("c2")).drop("j", "m", "b")
OUTPUT_MODE = "append"
