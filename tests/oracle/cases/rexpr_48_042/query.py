from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(4,1), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter("((ts = TIMESTAMP'2024-02-29 00:00:00') OR (n = 12.345))").select("id", F.date_trunc("SECOND", col("ts")).alias("c1"), F.round(F.pmod(col("n"), F.nullif(col("m"), lit(0))), 3).alias("c2"))
OUTPUT_MODE = "append"
