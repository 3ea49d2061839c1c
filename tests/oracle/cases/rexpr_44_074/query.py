from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, dt DATE, d DOUBLE, ts TIMESTAMP, m DECIMAL(38,10), n DECIMAL(5,3), b BOOLEAN, s STRING").json(INPUT)
result = df.select("id", F.size(F.split(col("s"), ",")), expr("CAST((id DIV nullif(i, 0)) AS STRING)"), expr("(nvl(n, 99.99) - abs(d))").alias("c3"), F.rpad(F.when(F.coalesce(col("b"), col("b"), lit(False)), col("s")).when((col("ts") < F.to_timestamp(lit("2024-02-29 00:00:00"))), col("b").cast("string")).when(col("b"), col("s")), 8, "é").alias("c4")).where((F.isnull(col("m")) | F.to_date(lit("2000-01-01")).isNull()))
OUTPUT_MODE = "append"
