spark.conf.set("spark.sql.session.timeZone", "Asia/Kolkata")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(12,4), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", "s", expr("CASE WHEN (m >= 12.345) THEN dt ELSE dt END"), F.quarter(F.nullif(F.date_add(col("dt"), col("i")), F.to_date(lit("2024-02-29")))).alias("c2")).filter("(id <> 3L)")
OUTPUT_MODE = "append"
