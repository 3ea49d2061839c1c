from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(7,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy("t").agg(expr("sort_array(collect_set(s)) AS a1"), expr("sum(CASE WHEN ((d >= 0.1D) IS NOT NULL) THEN (m % nullif(m, 0)) ELSE 0 END) AS a2"))
OUTPUT_MODE = "update"
