from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, t STRING, i INT, m DECIMAL(12,4), ts TIMESTAMP, s STRING, n DECIMAL(5,3), d DOUBLE, dt DATE, b BOOLEAN").json(INPUT)
result = df.filter("((dt = ts) OR (id <> -2L))").groupBy((lit(5) * F.datediff(col("dt"), col("dt"))).alias("k1")).agg(F.max(F.date_add(col("dt"), col("i"))).alias("a1"), F.sum((col("id") + col("id"))).alias("a2"))
OUTPUT_MODE = "update"
