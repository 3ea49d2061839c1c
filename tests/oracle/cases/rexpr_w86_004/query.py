from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, m DECIMAL(7,0), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where(((col("t") < lit("x-y")) | col("ts").isNotNull())).groupBy("s").agg(expr("count_if(((m - m) >= d)) AS a1"), expr("round(avg(d), 3) AS a2")).filter("a1 IS NOT NULL")
OUTPUT_MODE = "complete"
