from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(38,10), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter("((s != '42') OR (ts IS NULL))").withColumn("c1", expr("(m % 10.5)")).withColumn("c2", F.when((col("ts") + expr("INTERVAL 1 MONTH")).eqNullSafe(col("ts")), F.date_trunc("SECOND", col("ts"))).when(col("b").isNotNull(), F.coalesce(col("ts"), F.to_timestamp(lit("2024-03-01 12:30:00.123456")))).otherwise(col("ts"))).drop("i", "d", "m", "dt")
OUTPUT_MODE = "append"
