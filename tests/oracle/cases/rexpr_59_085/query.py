from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(20,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", F.when(col("b"), F.size(F.split(lit(""), "  *"))).otherwise(F.hour(F.nullif(col("ts"), F.to_timestamp(lit("2024-02-29 00:00:00")))))).withColumn("c2", (F.nullif(col("dt"), F.to_date(lit("2023-12-31"))) - expr("INTERVAL 1 MONTH"))).select("id", "c1", "c2")
OUTPUT_MODE = "append"
