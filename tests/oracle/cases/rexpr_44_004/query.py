from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, s STRING, b BOOLEAN, k BIGINT, m DECIMAL(7,0), dt DATE, i INT, ts TIMESTAMP, d DOUBLE").json(INPUT)
result = df.select(F.weekofyear(F.nullif(F.date_add(F.add_months(F.to_date(lit("2023-12-31")), col("i")), col("i")), F.to_date(lit("2024-02-29")))).alias("c1"), (col("m") / F.nullif(F.pmod(col("i"), lit(2)), lit(0))), expr("date_add(add_months(dt, i), i)"), expr("(b AND b)"), expr("(ts + INTERVAL 1 DAY)").alias("c5")).where((col("d") != lit(2.0)))
OUTPUT_MODE = "append"
