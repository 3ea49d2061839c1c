from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, dt DATE, n DECIMAL(9,5), b BOOLEAN, i INT, d DOUBLE, ts TIMESTAMP, s STRING, t STRING, m DECIMAL(18,6)").load(INPUT)
result = df.groupBy((col("i") * lit(3)).alias("k1"), expr("nullif(abs(i), 3) AS k2")).agg(expr("count_if((t <= '42')) AS a1"), expr("(max(d) - min(d)) AS a2"))
OUTPUT_MODE = "update"
