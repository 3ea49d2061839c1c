from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", col("s").try_cast("date").alias("c1"), expr("unix_timestamp(CASE WHEN (b <=> false) THEN dt ELSE dt END) AS c2"), (F.coalesce(F.to_timestamp(lit("1999-12-31 23:59:59.999")), col("ts"), F.to_timestamp(lit("2024-02-29 00:00:00"))) + expr("INTERVAL 1 DAY")).alias("c3"), expr("CASE WHEN isnan((i / nullif(round(d, 3), 0))) THEN ts WHEN (id IS NOT NULL) THEN date_trunc('QUARTER', (TIMESTAMP'2024-03-01 12:30:00.123456' - INTERVAL '90' MINUTE)) ELSE (ts - INTERVAL -3 DAYS) END").alias("c4"), F.nullif(F.to_date(F.date_format(F.make_date(lit(2023), lit(2), lit(1)), "dd/MM/yyyy"), "dd/MM/yyyy"), F.to_date(lit("2023-12-31"))).alias("c5"))
OUTPUT_MODE = "append"
