from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, m DECIMAL(7,0), b BOOLEAN, d DOUBLE, dt DATE, t STRING, s STRING, ts TIMESTAMP, i INT, f FLOAT").load(INPUT)
result = df.where((F.isnan(F.months_between(F.when((col("m") >= expr("1.25")), col("dt")).when((col("d") > lit(3.75)), col("dt")).otherwise(F.to_date(lit("2024-02-29"))), F.to_date(lit("2000-01-01")), False)) | (col("id") > lit(1).cast("bigint")))).select(expr("translate(t, 'aeiou', 'AEI')").alias("c1"), expr("translate(replace(format_number((m * i), 2), 'a', ''), 'lo', '01') AS c2")).filter(F.coalesce((col("c1").isNotNull() | col("c1").isNotNull()), lit(True)))
OUTPUT_MODE = "append"
