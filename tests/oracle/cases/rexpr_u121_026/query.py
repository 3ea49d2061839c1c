from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(7,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy("dt").agg(expr("round(kurtosis(integer((i + 0) % 100) + (i + i)), 6)").alias("a1"), expr("round(avg(f), 3) AS a2"), expr("size(collect_union(array(i % 3, NULL)))").alias("a3"), expr("count_if(arrays_overlap(array(datepart('DAYOFWEEK', dt)), array(CAST(NULL AS INT), 3))) AS a4"))
OUTPUT_MODE = "complete"
