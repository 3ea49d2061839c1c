from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy(expr("(i - i) AS k1")).agg(F.round(F.avg((col("m") * col("m"))), 3).alias("a1"), F.min(F.when(col("t").isNotNull(), col("d")).when(F.isnull(col("dt")), (col("d") * col("id"))).otherwise(col("d"))).alias("a2"), expr("avg(locate('o', nullif(upper(t), '42'))) AS a3"))
OUTPUT_MODE = "update"
