from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(20,0), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", expr("CASE WHEN ((j > 5) AND (i = m)) THEN nullif(nvl2(ts, ts, TIMESTAMP'2024-02-29 00:00:00'), TIMESTAMP'2024-03-01 12:30:00.123456') ELSE ts END")).withColumn("c2", expr("CASE WHEN (dt >= to_date('2023-12-31')) THEN ts ELSE least(ts, (ts + INTERVAL '1 02:03:04.000005' DAY TO SECOND), CASE WHEN (id = 3L) THEN ts WHEN (dt >= DATE'2000-01-01') THEN ts ELSE TIMESTAMP'2024-02-29 00:00:00' END) END")).withColumn("c3", F.abs(col("j"))).withColumn("c4", F.add_months(col("dt"), col("i"))).withColumn("c5", expr("true")).withColumn("c6", (col("id").isNotNull() | ((col("m") - col("n")) == col("m")))).select("id", "c1", "c2", "c3", "c4", "c5", "c6")
OUTPUT_MODE = "append"
