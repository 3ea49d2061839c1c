from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(20,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", expr("(- CASE WHEN b THEN n ELSE abs(m) END)").alias("c1"), col("j").cast("double").alias("c2"), expr("last_day(dt) AS c3"))
OUTPUT_MODE = "append"
