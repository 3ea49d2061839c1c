from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, dt DATE, j INT, n DECIMAL(9,5), i INT, t STRING, m DECIMAL(10,2), ts TIMESTAMP, d DOUBLE, s STRING").load(INPUT)
result = df.groupBy(F.array_join(F.split(F.when(col("i").isNotNull(), col("s")), "[aeiou]"), "/").alias("k1"), "j").agg(expr("max(ts) AS a1"), expr("round(avg(0), 3) AS a2"), expr("sum(n) AS a3"), F.count_if((lit(1) * col("i")).isin(lit(3), lit(2))).alias("a4")).orderBy("k1", "j")
OUTPUT_MODE = "complete"
ORDERED = True
