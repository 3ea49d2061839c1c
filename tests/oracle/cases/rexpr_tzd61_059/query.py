spark.conf.set("spark.sql.session.timeZone", "America/Los_Angeles")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", expr("(greatest(ts, ts) + INTERVAL 36 HOURS)").alias("c1"), F.bin(lit(1).cast("bigint")), F.add_months(F.date_add(F.trunc(col("dt"), "YEAR"), F.quarter(F.to_date(lit("2025-03-01")))), col("i")).alias("c3"), F.try_subtract(col("m"), col("m")).alias("c4"), expr("(-2L DIV 3) AS c5"))
OUTPUT_MODE = "append"
