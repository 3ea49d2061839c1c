spark.conf.set("spark.sql.session.timeZone", "Asia/Kathmandu")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", expr("CAST(map_contains_key(map(i, 'a', 3, 'b'), 3) AS STRING)")).withColumn("c2", expr("decode(encode(t, 'UTF-8'), 'US-ASCII')")).select("id", "c1", "c2").where(F.coalesce(((lit(-1) == lit(1)) & (col("c2") <= lit("o"))), lit(True)))
OUTPUT_MODE = "append"
