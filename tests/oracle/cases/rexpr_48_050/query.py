from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, f FLOAT, m DECIMAL(38,10), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter("(((3L = 1000L) AND (s <=> '42')) OR (ts IS NOT NULL))").select("id", expr("((dt <= to_date('2023-12-31')) < (s IS NOT NULL))").alias("c1"), expr("date_trunc('yyyy', date_trunc('QUARTER', ts))").alias("c2"), F.add_months(F.coalesce(col("dt"), col("dt"), F.to_date(lit("2000-01-01"))), col("i"))).where("(m IS NOT NULL)")
OUTPUT_MODE = "append"
