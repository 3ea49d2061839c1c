from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(7,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", F.least(col("ts"), col("ts"), col("ts")).alias("c1"), expr("CASE WHEN (m <= 1.25) THEN m WHEN (d = 0.001D) THEN m WHEN ((id IS NOT NULL) OR b) THEN m ELSE (i * greatest(m, m)) END AS c2"), expr("greatest(ts, CASE b WHEN true THEN ts WHEN true THEN ts ELSE ts END) AS c3"), (col("m") / F.nullif(col("m"), lit(0))).alias("c4")).where("coalesce(b, true)")
OUTPUT_MODE = "append"
