from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, b BOOLEAN, i INT, d DOUBLE, m DECIMAL(18,6), ts TIMESTAMP, n DECIMAL(20,0), dt DATE, s STRING").load(INPUT)
result = df.where("(id IS NOT NULL)").groupBy("dt").agg(expr("round(stddev_pop(m), 6)").alias("a1"), expr("bitmap_count(bitmap_or_agg(unhex(lpad(hex(abs(negative(i)) % 256), 8, '0')))) AS a2"), expr("round(corr(log1p(d), smallint(i)), 6)").alias("a3"), F.sum(F.when(col("s").startswith("é"), col("i")).otherwise(lit(0))).alias("a4"))
OUTPUT_MODE = "update"
