from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy("j", "b").agg(F.count_if((col("b") < (col("s") >= lit("x-y")))).alias("a1"), expr("(max(try_divide(i, d)) - min(try_divide(i, d))) AS a2"), (F.max(col("d")) - F.min(col("d"))).alias("a3"), F.count_if(col("s").between(lit("a"), lit(""))).alias("a4")).filter("a1 IS NOT NULL")
OUTPUT_MODE = "complete"
