from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, ts TIMESTAMP, i INT, t STRING, s STRING, n DECIMAL(5,3), m DECIMAL(7,0), d DOUBLE, k BIGINT, dt DATE").load(INPUT)
result = df.where((F.isnan(F.bround(col("d"), -1)) | (col("i") == lit(3)))).select(expr("posexplode(sequence(1, abs(json_array_length(if((id IS NOT NULL), s, '日本'))) % 3))"), F.when((col("id").isNotNull() | lit(False)), col("d")).otherwise(F.rint(lit(-3.10).cast("decimal(3,2)"))).alias("c2"), expr("make_ym_interval((i * 10), 0)").alias("c3"))
OUTPUT_MODE = "append"
