from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy("dt").agg(expr("round(avg(d), 2) AS a1"), expr("sort_array(collect_set(nullif(j, 5))) AS a2"), expr("(max(CASE WHEN (s ILIKE '%o%') THEN n WHEN b THEN n WHEN (d = 3.75D) THEN CASE WHEN (n >= 1.25) THEN n WHEN b THEN n WHEN (s > 'x-y') THEN m ELSE n END ELSE m END) - min(CASE WHEN (s ILIKE '%o%') THEN n WHEN b THEN n WHEN (d = 3.75D) THEN CASE WHEN (n >= 1.25) THEN n WHEN b THEN n WHEN (s > 'x-y') THEN m ELSE n END ELSE m END)) AS a3")).filter("a1 IS NOT NULL")
OUTPUT_MODE = "update"
