from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", expr("CASE WHEN (i > 1) THEN i ELSE i END")).withColumn("c2", F.to_date(lit("2023-12-31"))).withColumn("c3", expr("ceil(d)")).withColumn("c4", (F.nullif(col("d"), lit(float("nan"))) + F.nullif(F.quarter(col("c2")), lit(2)))).withColumn("c5", F.when((col("s") == lit("o")), lit(1).cast("bigint")).when(((col("k") < lit(0).cast("bigint")) <= (col("id") < lit(0).cast("bigint"))), col("k")).otherwise(col("d").try_cast("bigint"))).withColumn("c6", F.coalesce(col("dt"), col("dt"), F.to_date(lit("2023-12-31")))).select("id", "c1", "c2", "c3", "c4", "c5", "c6")
OUTPUT_MODE = "append"
