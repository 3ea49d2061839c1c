from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where("(k IS NOT NULL)").select(F.when(col("b"), col("dt")).otherwise(F.to_date(lit("2025-03-01"))).alias("c1"), expr("sqrt((m * m)) AS c2"), F.when(col("b"), F.unix_timestamp(col("dt"))).otherwise(col("i").cast("bigint")).alias("c3"))
OUTPUT_MODE = "append"
