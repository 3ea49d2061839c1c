from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(7,0), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter(col("id").isNotNull()).groupBy(expr("s AS k1")).agg((F.max((col("i") * lit(3))) - F.min((col("i") * lit(3)))).alias("a1"), expr("bitmap_count(bitmap_or_agg(unhex(lpad(hex(abs(i) % 256), 8, '0'))))").alias("a2"))
OUTPUT_MODE = "update"
