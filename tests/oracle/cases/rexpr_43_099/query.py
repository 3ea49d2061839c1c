from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(10,2), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy("dt").agg(F.sort_array(F.collect_set(F.translate(col("s"), "aeiou", "AEI"))).alias("a1"), expr("sum(i) AS a2"), F.min((col("i") - col("i"))).alias("a3"), F.count_if(F.sha1(col("s")).between(lit("o"), lit("42"))).alias("a4"))
OUTPUT_MODE = "update"
