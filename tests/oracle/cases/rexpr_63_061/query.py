from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(38,10), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter("(id = 1000L)").groupBy("dt").agg(expr("count_if(isnan(months_between(CAST(dt AS TIMESTAMP), CASE WHEN b THEN ts ELSE ts END, false))) AS a1"), expr("sort_array(collect_set(s)) AS a2"))
OUTPUT_MODE = "update"
