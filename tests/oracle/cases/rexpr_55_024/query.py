from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", expr("(m + n)").alias("c1"), F.add_months(F.coalesce(F.when(col("b"), F.to_date(lit("2025-03-01"))).when(col("b"), col("dt")).otherwise(col("dt")), col("dt"), F.to_date(lit("2023-12-31"))), col("i")).alias("c2"), (lit(10) - lit(-1)).alias("c3"), expr("(d / nullif((i / nullif(i, 0)), 0)) AS c4"), expr("to_timestamp(date_format(ts, 'yyyy-MM-dd HH:mm:ss'), 'yyyy-MM-dd HH:mm:ss')").alias("c5"))
OUTPUT_MODE = "append"
