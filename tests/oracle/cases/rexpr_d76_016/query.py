from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(38,10), n DECIMAL(5,3), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select(expr("coalesce(j, 7)"), expr("least(nullif(i, 2), hash(id))").alias("c2"), F.hash((F.nvl2(F.coalesce(F.to_timestamp(lit("2024-02-29 00:00:00")), F.to_timestamp(lit("2024-02-29 00:00:00"))), lit(1000).cast("bigint"), lit(3).cast("bigint")) % F.nullif(F.least(col("i"), col("j"), col("j")), lit(0)))).alias("c3"))
OUTPUT_MODE = "append"
