from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(20,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", (F.months_between(F.date_from_unix_date(col("i")), F.try_to_date(lit("Hello"))) / F.nullif(F.try_divide(col("d"), col("d")), lit(0))).alias("c1"), (F.coalesce(F.nullif(col("ts"), F.to_timestamp(lit("2024-02-29 00:00:00"))), F.to_timestamp(lit("2024-03-01 12:30:00.123456"))) - expr("INTERVAL '90' MINUTE")).alias("c2"))
OUTPUT_MODE = "append"
