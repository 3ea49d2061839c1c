from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(18,6), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", F.date_sub(F.when((col("i") != lit(5)), F.coalesce(F.to_date(col("ts")), col("dt"), F.to_date(lit("2000-01-01")))).otherwise(F.trunc(F.last_day(col("dt")), "mon")), col("i")).alias("c1"), F.pmod((col("i") + col("id")), F.nullif(col("i"), lit(0))).alias("c2")).filter((col("j").isNotNull() | (col("d") == lit(2.0))))
OUTPUT_MODE = "append"
