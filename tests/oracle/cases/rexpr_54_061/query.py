from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", F.nullif(F.trunc(col("dt"), "WEEK"), F.to_date(lit("2025-03-01"))), F.try_divide(col("d"), col("i")), expr("date_format(ts, 'EEE')"), F.nullif(col("ts"), F.to_timestamp(lit("1999-12-31 23:59:59.999"))).alias("c4"), expr("CASE WHEN true THEN if((id IS NOT NULL), d, d) WHEN ((dt <> DATE'2023-12-31') OR (s <= '日本')) THEN (d * i) WHEN ((id * 2) <=> d) THEN (i / nullif(d, 0)) ELSE d END").alias("c5")).filter((col("ts").cast("string").between(lit("日本"), lit("42")) | col("f").isNotNull()))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT * FROM rexpr_q ORDER BY c5 DESC NULLS LAST, id DESC"]
