from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", expr("abs(ceiling(round(m, 2), 1))")).withColumn("c2", expr("element_at(split(s, ' '), 3)")).withColumn("c3", F.try_mod(F.coalesce(col("m"), col("m"), lit(-3.10).cast("decimal(3,2)")), (col("m") * expr("0.001")))).withColumn("c4", F.when((col("id") <= lit(-2).cast("bigint")), col("ts")).otherwise(col("ts")).cast("bigint")).withColumn("c5", expr("sequence(DATE'2024-01-31', DATE'2024-05-01', INTERVAL 1 MONTH)")).withColumn("c6", expr("timestamp_add('HOUR', i, ts)"))
OUTPUT_MODE = "append"
