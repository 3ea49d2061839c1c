from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(7,0), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy(expr("-1 AS k1")).agg(expr("round(avg(round((d + id), -1)), 3) AS a1"), F.sort_array(F.collect_set(F.datediff(col("dt"), F.least(col("ts"), col("ts"), col("ts"))))).alias("a2"), F.max(col("i")).alias("a3"))
OUTPUT_MODE = "update"
