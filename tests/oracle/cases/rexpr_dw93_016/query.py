from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy(F.greatest(col("dt"), F.to_date(lit("2024-02-29")), col("dt")).alias("k1")).agg(F.count_if(col("d").eqNullSafe(col("id"))).alias("a1"), expr("count((datediff(dt, dt) + size(array_distinct(split(t, '-'))))) AS a2"), F.min(((col("m") + lit(5)) + expr("-3.10"))).alias("a3"))
OUTPUT_MODE = "complete"
