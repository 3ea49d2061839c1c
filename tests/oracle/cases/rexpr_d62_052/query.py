from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(38,10), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", "b", F.overlay(col("s"), lit("xx"), lit(1), lit(1)).alias("c1"), expr("concat(s, CAST(dt AS STRING)) AS c2"), F.greatest(F.coalesce(col("ts"), F.to_timestamp(lit("1999-12-31 23:59:59.999")), F.to_timestamp(lit("2024-03-01 12:30:00.123456"))), col("ts"), col("ts")).alias("c3"), expr("nullif(CAST((dt - INTERVAL -10 DAYS) AS TIMESTAMP), TIMESTAMP'1999-12-31 23:59:59.999')").alias("c4"))
OUTPUT_MODE = "append"
