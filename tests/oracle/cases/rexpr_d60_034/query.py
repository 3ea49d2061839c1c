from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, j INT, ts TIMESTAMP, d DOUBLE, m DECIMAL(10,2), s STRING, i INT, dt DATE").load(INPUT)
result = df.groupBy("s").agg(expr("min(if((j = -1), d, (0.5D - m))) AS a1"), expr("count_if(((m <= 100BD) AND (dt = DATE'2023-12-31'))) AS a2")).filter("a1 IS NOT NULL")
OUTPUT_MODE = "complete"
