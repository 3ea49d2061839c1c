from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(20,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where("(ts IS NOT NULL)").select(expr("nullif(nvl2(m, id, 1000L), 0L) AS c1"), expr("((id DIV nullif(i, 0)) DIV 10) AS c2"), expr("greatest(k, CASE WHEN ((ts - TIMESTAMP'2024-02-29 00:00:00') > INTERVAL '1' DAY) THEN nullif(k, 86400L) ELSE (1 * id) END)").alias("c3")).filter("coalesce((id < 3L), true)")
OUTPUT_MODE = "append"
