from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, m DECIMAL(38,10), ts TIMESTAMP, d DOUBLE, dt DATE, s STRING").load(INPUT)
result = df.withColumn("m", F.nullifzero(col("m"))).withColumn("c2", expr("json_object_keys(s)")).withColumn("dt", expr("element_at(array_sort(array(dt, CASE WHEN (s IS NOT NULL) THEN DATE'2023-12-31' ELSE dt END, DATE'2024-02-29')), 1)")).withColumn("c4", F.when(lit(True), F.date_trunc("SECOND", F.to_timestamp(lit("2024-03-01 12:30:00.123456")))).otherwise(F.greatest(col("ts"), F.to_timestamp(lit("2024-03-01 12:30:00.123456"))))).select("id", "c2", "c4").where("(s > 'Hello')")
OUTPUT_MODE = "append"
