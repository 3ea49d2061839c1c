from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", "s", expr("year(ts) AS c1"), expr("crc32(lcase(least(t, s, s)))").alias("c2"), F.floor(col("d") * lit(1e10)).alias("c3"))
OUTPUT_MODE = "append"
