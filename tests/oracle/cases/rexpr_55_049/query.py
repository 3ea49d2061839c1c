from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, t STRING, s STRING, n DECIMAL(4,1), m DECIMAL(10,2), dt DATE, d DOUBLE, b BOOLEAN, ts TIMESTAMP, j INT, i INT").load(INPUT)
result = df.groupBy(expr("(t < 'a') AS k1")).agg(expr("max((timestamp_seconds(i) + INTERVAL 1 DAY)) AS a1"), expr("sort_array(collect_set(concat(CAST(b AS STRING), CAST(n AS STRING)))) AS a2"), expr("(max(nullif(d, 3.75D)) - min(nullif(d, 3.75D))) AS a3"), F.count_if(F.coalesce((lit(float("nan")) == col("j")), col("b"), lit(False))).alias("a4")).filter("a1 IS NOT NULL")
OUTPUT_MODE = "update"
