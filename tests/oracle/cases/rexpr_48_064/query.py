from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(18,6), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter("(id IS NOT NULL)").select("id", expr("least(nullif((i * -1), 3), nullif(-4, 1), hash(d))").alias("c1"), expr("repeat(CAST(ceiling((m - 0.5), 1) AS STRING), 1)").alias("c2")).where((~F.coalesce(F.when(col("s").ilike("%o%"), col("b")).otherwise(col("b")), lit(False))))
OUTPUT_MODE = "append"
