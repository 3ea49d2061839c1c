from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, ts TIMESTAMP, d DOUBLE, b BOOLEAN, dt DATE, i INT, n DECIMAL(4,1), t STRING, m DECIMAL(7,0), s STRING, j INT").json(INPUT)
result = df.filter((~F.coalesce(F.coalesce((col("j") == lit(-1)), col("b"), lit(False)), lit(False)))).select("id", "j", expr("isnan(((i + 3) / 2.0D))").alias("c1"), F.trunc(F.nullif(col("dt"), F.to_date(lit("2025-03-01"))), "WEEK"), F.regexp_substr(col("s"), lit("o.")))
OUTPUT_MODE = "append"
