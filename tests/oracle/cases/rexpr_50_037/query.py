from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where("(endswith(s, 'o') OR (NOT b))").groupBy(col("j").alias("k1")).agg(F.min(col("id")).alias("a1"), expr("round(avg(round(100BD, 1)), 3) AS a2"), F.max((col("m") / col("i"))).alias("a5"), F.sort_array(F.collect_set(col("i"))).alias("a3"), (F.max(col("i")) - F.min(col("i"))).alias("a4"))
OUTPUT_MODE = "complete"
