from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy("dt").agg(expr("(max(greatest(d, d, d)) - min(greatest(d, d, d))) AS a1"), expr("min(((i * 99.99) + m)) AS a2"), F.round(F.avg(F.getbit(F.abs(col("i")) % 100, lit(0))), 0).alias("a3"))
OUTPUT_MODE = "complete"
