from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, f FLOAT, m DECIMAL(18,6), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where(col("t").isNotNull()).select("id", expr("get(split(right(concat(s, CAST(m AS STRING), t), 4), '-'), 2)").alias("c1"), expr("CASE WHEN (m IS NOT NULL) THEN CAST(dt AS TIMESTAMP) ELSE timestamp_millis(i) END AS c2")).filter("(m <= 100BD)")
OUTPUT_MODE = "append"
