from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(4,1), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter((col("n") != lit(.5).cast("decimal(2,1)"))).groupBy(expr("lcase(s) AS k1")).agg(expr("sort_array(collect_set(CAST(round(n, -1) AS STRING))) AS a1"), expr("count_if(((s >= 'abc') OR (i IS NOT NULL))) AS a2"), F.sum((col("i") * col("m"))).alias("a3"), expr("min(i) AS a4"))
OUTPUT_MODE = "update"
