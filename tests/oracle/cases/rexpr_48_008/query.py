from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(10,2), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", F.trunc(F.to_date(F.ifnull(col("ts"), F.to_timestamp(lit("2024-03-01 12:30:00.123456")))), "YEAR")).withColumn("c2", col("m")).select("id", "c1", "c2").filter((~F.coalesce((lit(1.25).cast("decimal(3,2)") > col("f")), lit(False))))
OUTPUT_MODE = "append"
