from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(38,10), n DECIMAL(9,5), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", "n", F.when(col("b"), col("ts")).otherwise(col("ts")).alias("c1"), expr("concat(CAST(date_add(dt, 5) AS STRING), 'x-y', s)").alias("c2"), F.when((col("id") < F.when(col("id").isNotNull(), col("d")).otherwise(col("f"))), col("id")).when(col("b"), col("id")).otherwise(col("id")).alias("c3"), (F.regexp_like(col("s"), lit("o$")) & ((~col("b")) & col("b"))).alias("c4"), F.months_between(F.nullif(col("dt"), F.to_date(lit("2000-01-01"))), col("ts").cast("date")).alias("c5")).filter((col("dt") == F.to_date(lit("2025-03-01"))))
OUTPUT_MODE = "append"
