spark.conf.set("spark.sql.session.timeZone", "Asia/Kolkata")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, f FLOAT, m DECIMAL(7,0), n DECIMAL(9,5), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", F.when((col("s") > lit("Hello")), col("i")).alias("c1"), F.coalesce(((col("d") < lit(0.5)) & (col("n") <= expr("100BD"))), col("m").isNotNull(), lit(True)).alias("c2"), F.try_to_timestamp(col("t")).alias("c3"))
OUTPUT_MODE = "append"
