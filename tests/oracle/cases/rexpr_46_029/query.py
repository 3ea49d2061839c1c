from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, ts TIMESTAMP, k BIGINT, b BOOLEAN, s STRING, m DECIMAL(10,2), dt DATE, d DOUBLE").load(INPUT)
result = df.where("(b IS NOT TRUE)").select("id", expr("nullif((ts + INTERVAL '90' MINUTE), TIMESTAMP'1999-12-31 23:59:59.999')").alias("c1"), expr("((ts = dt) AND b)").alias("c2"), (~(col("dt") == F.to_date(lit("2024-02-29")))))
OUTPUT_MODE = "append"
