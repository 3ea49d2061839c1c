from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", (F.ifnull(col("m"), lit(.001).cast("decimal(4,3)")) * (col("m") - F.when(col("b"), col("m")).when((col("d") == lit(3.75)), col("m")).when((col("ts") < F.to_timestamp(lit("2024-03-01 12:30:00.123456"))), col("m")).otherwise(col("m")))).alias("c1"), expr("to_date(date_format(dt, 'yyyy-MM-dd'), 'yyyy-MM-dd') AS c2"), expr("greatest(m, 99.99, m)").alias("c3"), (-F.size(F.split(F.try_element_at(F.split(F.when(col("b"), col("t")).when(col("b"), lit("a")), " "), lit(3)), "[aeiou]"))).alias("c4")).filter("((ts <=> timestamp_seconds(i)) OR (dt IS NULL))")
OUTPUT_MODE = "append"
