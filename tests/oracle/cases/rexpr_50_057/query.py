from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select(expr("CAST(d AS INT) AS c1"), F.date_sub(F.date_add(F.last_day(F.date_add(col("dt"), col("i"))), F.least(col("i"), col("i"), col("i"))), F.pmod(col("i"), lit(3))).alias("c2"), (F.to_timestamp(lit("2024-03-01 12:30:00.123456")) + expr("INTERVAL '1-2' YEAR TO MONTH")).alias("c3"))
OUTPUT_MODE = "append"
