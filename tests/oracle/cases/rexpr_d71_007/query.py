from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", F.nullif(F.lpad(F.substr(col("s"), lit(0), lit(0)), 3, "é"), lit("")).alias("c1"), F.date_add(F.coalesce(F.to_date(lit("2025-03-01")), F.date_add(F.to_date(lit("2000-01-01")), lit(1)), F.to_date(lit("2024-02-29"))), F.pmod(col("i"), F.nullif(col("i"), lit(0)))).alias("c2"), expr("CASE WHEN (i <> 0) THEN dt WHEN b THEN dt ELSE last_day(dt) END AS c3"), F.when((col("d") != col("m")), lit(1)).otherwise((col("i") % lit(3))).alias("c4")).where(F.coalesce(((~col("b")) & (col("j") == lit(10))), lit(True)))
OUTPUT_MODE = "append"
