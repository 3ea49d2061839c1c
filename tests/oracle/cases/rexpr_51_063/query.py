from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(4,1), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where(col("j").isNotNull()).withColumn("ts", expr("CASE WHEN b THEN ts WHEN (d IS NOT NULL) THEN ts ELSE ts END")).withColumn("s", F.regexp_replace(F.translate(lit("42"), " ", "_"), " +", "_")).withColumn("c3", expr("nullif(ceil(CAST(i AS DECIMAL(38,18))), 12.345)")).withColumn("c4", F.nullif(F.when(col("b"), F.to_timestamp(lit("2024-02-29 00:00:00"))).when(col("b"), col("ts")).otherwise(F.to_timestamp(lit("1999-12-31 23:59:59.999"))), F.to_timestamp(lit("2024-02-29 00:00:00")))).withColumn("c5", expr("(quarter(DATE'2025-03-01') * -1)")).select("id", "c3", "c4", "c5").where("(c3 > 100BD)")
OUTPUT_MODE = "append"
