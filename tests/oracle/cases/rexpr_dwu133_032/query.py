from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(18,6), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where("((t COLLATE UTF8_BINARY = 'Hello World') OR (m IS NOT NULL))").groupBy("t").agg(expr("round(avg(positive(i)), 0) AS a1"), F.count_if(F.isnan(col("d"))).alias("a2"), expr("hex(count_min_sketch(i, 0.5D, 0.5D, 1))").alias("a3")).filter("a1 IS NOT NULL")
OUTPUT_MODE = "complete"
