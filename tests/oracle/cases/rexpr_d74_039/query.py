from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select(F.to_timestamp(F.date_format(F.date_trunc("MONTH", col("ts")), "yyyy-MM-dd HH:mm:ss"), "yyyy-MM-dd HH:mm:ss").alias("c1"), F.elt(lit(2), F.regexp_replace(F.array_join(F.split(F.md5(col("t")), "  *"), "/"), "^.", ""), col("s")).alias("c2"), F.hash(col("t")).alias("c3"), (col("d") - col("i").cast("double")).alias("c4"), F.replace(lit("abc"), lit("a"), lit("")).try_cast("double").alias("c5")).filter((col("m") <= lit(12.345).cast("decimal(5,3)")))
OUTPUT_MODE = "append"
