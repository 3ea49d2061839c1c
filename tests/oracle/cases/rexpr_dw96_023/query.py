from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", F.crc32(F.when(col("b"), col("t")).otherwise(col("s"))).alias("c1"), expr("nvl2(CAST(ts AS STRING), CASE WHEN b THEN i WHEN b THEN i ELSE i END, i)"))
OUTPUT_MODE = "append"
