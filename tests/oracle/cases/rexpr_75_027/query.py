from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(20,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter(((~F.rpad(col("s"), 8, "é").isin(lit("日本"), lit("日本"))) | (col("ts") <= F.to_timestamp(lit("2024-03-01 12:30:00.123456"))))).withColumn("c1", expr("least(n, (n % nullif(1.25, 0)), CASE WHEN b THEN 0.5 WHEN (dt <> DATE'2000-01-01') THEN n WHEN (i IS NOT NULL) THEN n ELSE n END)")).withColumn("c2", expr("CASE WHEN (c1 != i) THEN size(split(s, ',')) WHEN (n > 0.5) THEN i ELSE i END")).withColumn("c3", col("n").isNull()).withColumn("c4", F.date_add(col("dt"), col("i")))
OUTPUT_MODE = "append"
