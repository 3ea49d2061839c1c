from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(7,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", expr("date_trunc('SECOND', least(ts, ts))"), F.round((F.bround(col("m"), -1) * col("i")), 0).alias("c2"))
OUTPUT_MODE = "append"
