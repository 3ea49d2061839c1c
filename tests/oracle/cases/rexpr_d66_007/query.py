from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where("((least(0.5D, d) BETWEEN 100.0D AND 3.75D) OR (d IS NULL))").select("id", "i", expr("size(split(sha1(s), ','))").alias("c1"), F.month(col("dt")), F.date_add(F.when((col("n") > lit(.001).cast("decimal(4,3)")), F.date_from_unix_date(col("i"))).when(col("b"), F.when(col("b"), col("dt")).when(col("b").isNotNull(), F.to_date(lit("2023-12-31"))).when(col("b"), col("dt")).otherwise(col("dt"))).when(col("b"), F.when(lit(False), F.date_sub(col("dt"), col("i"))).otherwise(F.to_date(lit("2023-12-31")))).otherwise(F.to_date(lit("2025-03-01"))), col("i")).alias("c3")).where("(NOT b)")
OUTPUT_MODE = "append"
