from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(18,6), n DECIMAL(4,1), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", F.pmod(F.coalesce(F.when(col("b"), col("i")).otherwise(col("i")), F.least(col("i"), col("i"), col("i")), lit(-1)), lit(7)).cast("timestamp").alias("c1"), expr("CAST(date_add(next_day(dt, 'wednesday'), i) AS TIMESTAMP) AS c2"), (F.when(col("b"), col("id")).when((col("id") != lit(3).cast("bigint")), col("id")).when(col("b"), col("id")).otherwise(col("id")) - col("id")), F.replace(col("s"), lit("l"), lit("LL")).ilike("%").alias("c4"), expr("CAST((CAST(b AS STRING) > array_join(transform(split(s, ' '), x -> initcap(x)), '-')) AS INT)").alias("c5")).where((col("b") | (col("s") != lit("Hello"))))
OUTPUT_MODE = "append"
