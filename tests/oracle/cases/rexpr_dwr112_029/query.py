from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(12,4), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy(expr("isnan(d) AS k1")).agg(expr("round(regr_intercept(i, i), 6)").alias("a1"), F.percentile(expr("datepart('DAYOFWEEK', dt)"), 0.5).alias("a2"), F.sort_array(F.collect_list(F.shiftleft(col("i"), 1))).alias("a3"), expr("count_if(b) AS a4"))
OUTPUT_MODE = "complete"
