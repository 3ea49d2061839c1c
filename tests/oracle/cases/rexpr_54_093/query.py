from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(7,0), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("ts", F.when((col("dt") <= F.to_date(lit("2000-01-01"))), col("ts")).when(F.isnan((F.months_between(col("ts"), col("dt"), False) / F.nullif(col("i"), lit(0)))), F.to_timestamp(lit("2024-02-29 00:00:00"))).when(col("f").isNotNull(), col("ts")).otherwise(col("ts"))).withColumn("c2", (col("ts") > F.to_timestamp(lit("1999-12-31 23:59:59.999")))).withColumn("c3", expr("nvl2(i, i, 1)"))
OUTPUT_MODE = "append"
