from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(38,10), n DECIMAL(5,3), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter((F.array_contains(F.split(F.get_json_object(F.to_json(F.named_struct(lit("a"), F.replace(col("s"), lit(" "), lit("")), lit("n"), col("dt"))), "$.n"), ","), "Hello") | (col("s") <= lit(" ")))).withColumn("c1", expr("hour(ts)")).withColumn("c2", F.nullif(col("ts"), F.to_timestamp(lit("2024-02-29 00:00:00")))).withColumn("c3", F.date_trunc("MINUTE", F.make_date(lit(2023), F.month(F.to_date(lit("2024-02-29"))), lit(28)).cast("timestamp"))).withColumn("c4", expr("((i * 10) - id)")).select("id", "c1", "c2", "c3", "c4").filter("(s IS NOT NULL)")
OUTPUT_MODE = "append"
