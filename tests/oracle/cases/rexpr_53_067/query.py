from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, d DOUBLE, s STRING, b BOOLEAN, j INT, dt DATE, ts TIMESTAMP, m DECIMAL(12,4), i INT").load(INPUT)
result = df.select("id", expr("year(coalesce(DATE'2024-02-29', dt, to_date('2024-02-29'))) AS c1"), F.crc32(F.format_string("%d%%", col("id"))), F.least(F.nullif(col("dt"), F.to_date(lit("2025-03-01"))), col("dt"), col("dt"))).filter(((lit(2) + col("i")).isin(lit(10)) | col("i").isNull()))
OUTPUT_MODE = "append"
