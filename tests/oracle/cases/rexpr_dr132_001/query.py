from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy(F.array_max(F.array(col("d"), (col("d") - col("m")), lit(float('nan')))).alias("k1")).agg(F.count_if((col("dt") != col("ts"))).alias("a1"), expr("(max(try_subtract(i, 100)) - min(try_subtract(i, 100))) AS a2"))
OUTPUT_MODE = "update"
