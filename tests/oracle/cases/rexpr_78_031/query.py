from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, m DECIMAL(12,4), ts TIMESTAMP, d DOUBLE, b BOOLEAN, s STRING, j INT, dt DATE").load(INPUT)
result = df.withColumn("c1", expr("CAST(((1.25 + 0) + d) AS STRING)")).withColumn("c2", expr("nullif(((i / nullif(d, 0)) * d), 2.0D)")).withColumn("dt", F.date_add((col("dt") + expr("INTERVAL 2 YEARS")), col("i"))).select("id", "c1", "c2").filter((expr("CASE b WHEN true THEN (dt IS NOT NULL) ELSE (i < 1) END") | (col("j") == lit(10))))
OUTPUT_MODE = "append"
