from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(12,4), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where((col("ts") == F.to_timestamp(lit("2024-02-29 00:00:00")))).groupBy("dt").agg(expr("round(avg(i), 0) AS a1"), F.round(F.avg((F.year(F.when((col("dt") != F.to_date(lit("2000-01-01"))), col("ts")).otherwise(F.to_timestamp(lit("1999-12-31 23:59:59.999")))) + col("i"))), 2).alias("a2"), expr("count(CASE WHEN b THEN m ELSE m END) AS a3"))
OUTPUT_MODE = "update"
