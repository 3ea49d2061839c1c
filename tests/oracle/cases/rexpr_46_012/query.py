from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(20,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy(F.lpad(F.lower(col("s")), 8, "ab").alias("k1")).agg(F.max(F.make_date(F.year(col("dt")), lit(2), lit(30))).alias("a3"), expr("round(avg(CASE WHEN (d IS NOT NULL) THEN m WHEN b THEN n ELSE 0.5 END), 3) AS a1"), F.round(F.avg(col("i")), 2).alias("a2"))
OUTPUT_MODE = "update"
