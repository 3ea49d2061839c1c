spark.conf.set("spark.sql.session.timeZone", "Europe/Berlin")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", F.crc32(F.trim(col("s"))).alias("c1"), expr("((n IN (99.99, 0.001)) AND (NOT arrays_overlap(array(i), array(CAST(NULL AS INT), 3))))").alias("c2"))
OUTPUT_MODE = "append"
