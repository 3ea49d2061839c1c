from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, j INT, f FLOAT, b BOOLEAN, m DECIMAL(12,4), i INT, dt DATE, t STRING, s STRING, ts TIMESTAMP, n DECIMAL(9,5), d DOUBLE").load(INPUT)
result = df.select(expr("greatest(i, nullif(CASE WHEN b THEN j WHEN b THEN j WHEN b THEN j ELSE j END, 10))").alias("c1"), col("s").try_cast("int").alias("c2"), expr("crc32(t) AS c3"), expr("ceil(TRY_CAST(f AS DECIMAL(20,0)))").alias("c4"))
OUTPUT_MODE = "append"
