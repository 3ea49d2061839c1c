from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(7,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", F.greatest(F.to_date(F.date_format(col("dt"), "dd/MM/yyyy"), "dd/MM/yyyy"), F.nullif(col("dt"), F.to_date(lit("2000-01-01")))).alias("c1"), expr("(i + i) AS c2"), F.date_add(F.date_sub(F.when(lit(False), col("dt")).otherwise(col("dt")), col("i")), col("i")).alias("c3"), expr("next_day(to_date(date_format(dt, 'yyyyMMdd'), 'yyyyMMdd'), 'fri') AS c4")).filter("(t IS NOT NULL)")
OUTPUT_MODE = "append"
