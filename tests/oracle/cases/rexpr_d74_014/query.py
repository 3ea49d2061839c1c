from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, b BOOLEAN, m DECIMAL(10,2), i INT, s STRING, d DOUBLE, dt DATE, n DECIMAL(5,3), ts TIMESTAMP").load(INPUT)
result = df.groupBy(expr("i AS k1")).agg(F.count_if(col("b")).alias("a1"), F.min(lit(2.0)).alias("a2"), expr("max(((n * n) - (m + n))) AS a3"))
OUTPUT_MODE = "complete"
