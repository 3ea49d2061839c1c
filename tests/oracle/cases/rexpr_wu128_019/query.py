from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, t STRING, d DOUBLE, f FLOAT, j INT, i INT, ts TIMESTAMP, dt DATE, s STRING, m DECIMAL(10,2)").json(INPUT)
result = df.filter((col("f") < lit(-1.5))).groupBy("dt", F.shiftright(col("i"), 2).alias("k2")).agg(expr("sort_array(collect_union(array(year(dt), i)))").alias("a1"), F.max(F.width_bucket(F.power(F.nullif(col("f"), lit(-1.5)), lit(2)), lit(-10.0), lit(10.0), lit(4))).alias("a2"), expr("(max(i) - min(i)) AS a3"))
OUTPUT_MODE = "complete"
