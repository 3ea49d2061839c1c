from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", expr("(3 * i)")).withColumn("c2", F.make_valid_utf8(expr("CAST(from_base32(to_base32(encode(s, 'utf-8'))) AS STRING)"))).select("id", "c1", "c2")
OUTPUT_MODE = "append"
