from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, m DECIMAL(10,2), n DECIMAL(20,0), ts TIMESTAMP, d DOUBLE, t STRING, s STRING, j INT, dt DATE").json(INPUT)
result = df.groupBy("dt").agg(expr("count(DISTINCT 2) > -1").alias("a1"), expr("histogram_numeric(CAST(nullif(shiftright(i, 33), 10) % 4 AS DOUBLE), 8)").alias("a2"), expr("size(collect_union(array(length(s) % 3, NULL))) AS a3")).filter("a1 IS NOT NULL")
OUTPUT_MODE = "update"
