from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(4,1), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy(F.round(col("d"), 0).alias("k1"), expr("d AS k2")).agg(expr("sort_array(collect_set(i)) AS a1"), expr("round(avg(pmod(0.001, nullif(m, 0))), 2) AS a2"), expr("round(avg((m * (n * m))), 3) AS a3"))
OUTPUT_MODE = "update"
