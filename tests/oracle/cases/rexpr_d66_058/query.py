from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, m DECIMAL(12,4), n DECIMAL(5,3), ts TIMESTAMP, j INT, dt DATE, d DOUBLE, s STRING, t STRING, b BOOLEAN, i INT").json(INPUT)
result = df.select("id", (col("d") == col("ts").cast("bigint")).alias("c1"), expr("reverse(md5(nvl2(n, t, t))) AS c2"))
OUTPUT_MODE = "append"
