from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy(expr("repeat('', 3) AS k1")).agg((F.max(col("d")) - F.min(col("d"))).alias("a1"), F.round(F.avg((col("i") % lit(3))), 0).alias("a2"), F.datediff(F.max(col("dt")), F.min(col("dt"))).alias("a3"), F.min((col("i") - col("id"))).alias("a4"))
OUTPUT_MODE = "update"
