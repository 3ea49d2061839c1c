from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, dt DATE, m DECIMAL(10,2), d DOUBLE, b BOOLEAN, ts TIMESTAMP, n DECIMAL(20,0), s STRING").load(INPUT)
result = df.filter("(i <= 0)").groupBy(expr("nvl2(s, d, 0.001D) AS k1"), F.round(col("d")).alias("k2")).agg(expr("count((i IS NULL)) AS a1"), (F.max(col("d")) - F.min(col("d"))).alias("a2"), F.max(F.to_timestamp(col("s"))).alias("a3"))
OUTPUT_MODE = "update"
