from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(5,3), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter((col("m") < lit(12.345).cast("decimal(5,3)"))).select("id", expr("(translate(CAST(trunc(dt, 'Q') AS STRING), 'lo', '01') IS NULL) AS c1"), F.date_add(F.when((col("k") == lit(-2).cast("bigint")), (col("ts") - expr("INTERVAL '1-2' YEAR TO MONTH")).cast("date")).otherwise(F.date_sub(F.trunc(col("dt"), "YEAR"), F.char_length(col("s")))), col("i")).alias("c2"), F.date_format(F.trunc(F.greatest(F.date_sub(col("dt"), col("i")), F.to_date(lit("2025-03-01"))), "WEEK"), "dd.MM.yy").alias("c3"), expr("nullif(bround(round((n / -4.5), 0), 1), 0.5)").alias("c4"), F.cbrt(((lit(0) * col("i")) * col("m"))).alias("c5")).filter("(c1 OR ('é' IS NULL))")
OUTPUT_MODE = "append"
