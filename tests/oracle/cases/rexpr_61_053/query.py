from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(20,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where(((col("i") < col("f")) | (col("id") == lit(86400).cast("bigint")))).select((F.month(F.when(col("b"), F.coalesce(col("dt"), col("dt"), F.to_date(lit("2023-12-31")))).when((col("k") == lit(1000).cast("bigint")), col("dt")).when(col("f").isNotNull(), col("dt")).otherwise(F.to_date(lit("2000-01-01")))) < col("i")).alias("c1"), expr("nvl2((i % nullif(i, 0)), TRY_CAST(rtrim(s) AS DOUBLE), 0.001D)").alias("c2"), (col("ts") < col("dt")).alias("c3"), expr("date_trunc('SECOND', (TIMESTAMP'2024-02-29 00:00:00' - INTERVAL '1-2' YEAR TO MONTH))"))
OUTPUT_MODE = "append"
