from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", F.when((col("dt") < F.to_date(lit("2023-12-31"))), F.rtrim(col("s"))).when(F.log10(col("i")).isNotNull(), F.format_number(col("i"), 3)).when(lit("abc").like("%o%"), F.repeat(F.lpad(col("s"), 6, "ab"), 0)).otherwise(F.format_number(col("m"), 2)).alias("c1"), (col("k").isNotNull() <= lit(False)).alias("c2"))
OUTPUT_MODE = "append"
