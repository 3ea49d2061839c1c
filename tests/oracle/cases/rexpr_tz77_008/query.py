spark.conf.set("spark.sql.session.timeZone", "Asia/Kolkata")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, t STRING, i INT, f FLOAT, ts TIMESTAMP, m DECIMAL(10,2), s STRING, b BOOLEAN, dt DATE, j INT, d DOUBLE").json(INPUT)
result = df.withColumn("dt", F.date_add(F.trunc(F.add_months(col("dt"), col("i")), "Q"), col("i"))).withColumn("c2", F.when(col("b"), F.nvl2(col("s"), col("dt"), F.to_date(lit("2000-01-01")))).otherwise(F.nullif(col("dt"), F.to_date(lit("2025-03-01")))))
OUTPUT_MODE = "append"
