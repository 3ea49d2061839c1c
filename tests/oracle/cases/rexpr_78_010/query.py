from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(20,0), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where((col("i") > lit(2))).groupBy("dt").agg(expr("round(avg(n), 0) AS a1"), F.bool_and((lit(0).cast("bigint") != expr("0.5"))).alias("a2"), expr("round(avg(least(m, m)), 0) AS a3")).filter("a1 IS NOT NULL")
OUTPUT_MODE = "update"
