spark.conf.set("spark.sql.session.timeZone", "Asia/Kolkata")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, k BIGINT, i INT, s STRING, dt DATE, t STRING, f FLOAT, b BOOLEAN, ts TIMESTAMP, d DOUBLE, m DECIMAL(38,10)").json(INPUT)
result = df.where("(b OR (t < 'Hello'))").groupBy(F.add_months(F.nvl(col("dt"), F.to_date(lit("2025-03-01"))), F.size(F.split(col("s"), " "))).alias("k1"), F.greatest(col("i"), lit(5), lit(10)).alias("k2")).agg(F.min(col("s")).alias("a1"), expr("bool_or(((to_timestamp(date_format(ts, 'dd.MM.yyyy HH:mm:ss.SSSSSS'), 'dd.MM.yyyy HH:mm:ss.SSSSSS') - '2024-02-29 23:59:59.5') > INTERVAL '23:59' HOUR TO MINUTE)) AS a2")).orderBy(col("a1").desc(), col("k1").asc_nulls_last(), col("k2").asc_nulls_last())
OUTPUT_MODE = "complete"
ORDERED = True
