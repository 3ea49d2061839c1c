from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(4,1), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", F.crc32(F.concat(col("s"), col("i").cast("string"), col("s"))).alias("c1"), (F.date_trunc("DAY", F.timestamp_seconds(col("i"))) + expr("INTERVAL '1 02:03:04.000005' DAY TO SECOND")).alias("c2"))
OUTPUT_MODE = "append"
