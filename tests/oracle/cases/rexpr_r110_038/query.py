from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", expr("CASE b WHEN true THEN TIMESTAMP'2024-02-29 00:00:00' ELSE ts END").alias("c1"), expr("CASE WHEN b THEN id ELSE id END AS c2"), F.positive(F.nullif(col("n"), expr("0.001"))).alias("c3"))
OUTPUT_MODE = "append"
