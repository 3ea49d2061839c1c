from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy("dt").agg(F.datediff(F.max(F.last_day(col("dt"))), F.min(F.last_day(col("dt")))).alias("a1"), expr("round(avg((d - m)), 3) AS a2"), F.bool_or(col("m").isNotNull()).alias("a3"))
OUTPUT_MODE = "update"
