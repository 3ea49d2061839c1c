from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, s STRING, t STRING, dt DATE, ts TIMESTAMP, b BOOLEAN, i INT, n DECIMAL(5,3), d DOUBLE, m DECIMAL(12,4)").json(INPUT)
result = df.where("(regexp_like(get(split(date_format(TIMESTAMP'2024-03-01 12:30:00.123456', 'Q'), '  *'), 1), '^[A-Z]') OR (t IS NOT NULL))").select("id", F.isnull(col("ts")).alias("c1"), F.floor(F.when(col("b"), col("m")).otherwise(col("n"))).alias("c2"))
OUTPUT_MODE = "append"
