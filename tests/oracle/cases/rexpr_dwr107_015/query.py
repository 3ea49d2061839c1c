from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, j INT, b BOOLEAN, dt DATE, n DECIMAL(20,0), d DOUBLE, m DECIMAL(7,0), t STRING, i INT, ts TIMESTAMP, s STRING").load(INPUT)
result = df.groupBy(F.try_subtract(col("i"), col("i")).alias("k1")).agg(expr("bitmap_count(bitmap_or_agg(unhex(lpad(hex(abs(locate('o', t)) % 256), 8, '0'))))").alias("a1"), expr("count_if((d IS NOT NULL)) AS a2"), F.last_value(F.sha2(F.when(col("b"), col("t")).when(col("b"), col("s")).when(col("b"), col("s")).otherwise(lit(" ")), 256)).alias("a3"))
OUTPUT_MODE = "update"
