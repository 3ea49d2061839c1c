spark.conf.set("spark.sql.session.timeZone", "Australia/Lord_Howe")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", F.nullif(F.make_date(lit(2023), lit(12), F.least(F.dayofmonth(F.when(col("b"), F.to_date(lit("2024-02-29"))).otherwise(col("dt"))), lit(28))), F.to_date(lit("2024-02-29"))).alias("c1"), expr("(i - 10) AS c2"), F.when((~F.coalesce(col("b"), lit(False))), col("id")).when(col("b"), lit(0).cast("bigint")).otherwise(lit(1000).cast("bigint")), expr("CAST(CASE WHEN b THEN TIMESTAMP'1999-12-31 23:59:59.999' WHEN (s IS NOT NULL) THEN ts ELSE ts END AS BIGINT) AS c4"), F.nullif(col("i"), lit(0)).alias("c5"))
OUTPUT_MODE = "append"
