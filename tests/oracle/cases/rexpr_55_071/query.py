from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, ts TIMESTAMP, dt DATE, j INT, m DECIMAL(10,2), i INT, k BIGINT, s STRING, d DOUBLE").load(INPUT)
result = df.filter(((col("s") > lit("a")) | (col("s") != lit(" ")))).groupBy("dt", expr("coalesce(d, 100.0D) AS k2")).agg(expr("min(dt) AS a1"), expr("max(format_number(j, 0)) AS a2"))
OUTPUT_MODE = "complete"
