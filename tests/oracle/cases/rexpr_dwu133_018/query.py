from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy(expr("regexp_extract(s, '^(\\\\S*)', 1) AS k1")).agg(expr("round(avg(negative(3.75D)), 3) AS a1"), expr("count_if((i = -3.10)) AS a2"), expr("max(schema_of_json(s)) AS a5"), expr("count(DISTINCT i) > -1").alias("a3"), expr("hex(count_min_sketch(i, 0.5D, 0.5D, 1)) AS a4")).filter("a1 IS NOT NULL")
OUTPUT_MODE = "update"
