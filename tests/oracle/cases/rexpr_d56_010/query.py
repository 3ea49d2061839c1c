from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", expr("replace(nullif(CAST(coalesce(id, k, 1L) AS STRING), 'abc'), ' ', '')")).withColumn("c2", F.when(col("b"), col("s")).when(col("b"), col("s")).when(col("b"), col("s")).otherwise(col("s"))).withColumn("c3", expr("aggregate(split(CASE WHEN b THEN '2024-02-29' WHEN ('o' = s) THEN rtrim(s) WHEN false THEN s ELSE s END, ' '), 0, (acc, x) -> acc + length(x))")).withColumn("c4", expr("date_add(dt, 5)")).select("id", "c1", "c2", "c3", "c4")
OUTPUT_MODE = "append"
