from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, d DOUBLE, m DECIMAL(7,0), s STRING, k BIGINT, dt DATE, ts TIMESTAMP, b BOOLEAN, i INT, t STRING, f FLOAT").json(INPUT)
result = df.select(F.trunc(col("dt"), "MM").alias("c1"), F.when((col("d") != lit(-1.5)), col("k")).otherwise(col("i").cast("bigint")), F.when(col("i").isNotNull(), F.make_date(F.year(col("ts").cast("date")), F.month(col("ts").cast("date")), F.least(F.dayofmonth(col("ts").cast("date")), lit(28)))).otherwise(F.coalesce(F.to_date(lit("2025-03-01")), F.to_date(lit("2000-01-01")), F.to_date(lit("2025-03-01")))).alias("c3"), expr("CASE 'abc' WHEN 'é' THEN -1 ELSE i END AS c4"), F.coalesce(col("i").cast("bigint"), lit(86400).cast("bigint")).alias("c5"))
OUTPUT_MODE = "append"
