from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(38,10), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy(F.regexp_extract(col("s"), "^(\\S*)", 1).alias("k1")).agg(expr("(max(i) - min(i)) AS a1"), expr("round(avg(CASE WHEN b THEN nvl2(ts, m, 0.001) WHEN (id IS NOT NULL) THEN m WHEN b THEN 1.25 END), 2) AS a2"), expr("round(vector_sum(array(CAST(i AS FLOAT), 1.0F))[0], 3)").alias("a3"))
OUTPUT_MODE = "update"
