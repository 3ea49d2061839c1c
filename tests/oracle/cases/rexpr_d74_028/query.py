from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(9,5), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", expr("nullif(ts, TIMESTAMP'1999-12-31 23:59:59.999')").alias("c1"), F.levenshtein(lit("abc"), col("t")).alias("c2"), F.when((col("id") != lit(1).cast("bigint")), col("ts")).when(lit("2024-02-29").ilike("% %"), F.date_trunc("QUARTER", col("ts"))).when(((col("t") < lit("x-y")) | (col("id") <= lit(3).cast("bigint"))), F.when((col("n") == lit(1.25).cast("decimal(3,2)")), col("ts")).when(lit(True), col("ts"))).otherwise(col("ts")).alias("c3"), expr("crc32(array_join(split(s, '[aeiou]'), '/'))").alias("c4"))
OUTPUT_MODE = "append"
