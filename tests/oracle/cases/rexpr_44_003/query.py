from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(38,10), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", "i", F.crc32(lit("日本")), (col("id") * lit(10)).alias("c2"), F.date_add(col("dt"), col("i")).alias("c3"), (col("s").try_cast("int") == col("id").try_cast("int")).alias("c4"), F.next_day(F.coalesce(F.when((col("i") >= lit(-1)), col("dt")).when((col("s") >= lit("o")), col("dt")).when(col("b"), F.to_date(lit("2000-01-01"))).otherwise(col("dt")), F.to_date(lit("2024-02-29"))), "fri").alias("c5"), F.make_date(F.year(col("dt")), lit(2), lit(30)).alias("c6"))
OUTPUT_MODE = "append"
