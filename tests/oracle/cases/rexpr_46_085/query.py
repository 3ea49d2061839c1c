from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(12,4), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy(expr("(s <= 'x-y') AS k1")).agg(F.max(col("i")).alias("a1"), F.round(F.avg(F.when(col("b"), col("m")).when(col("b"), col("m")).when(col("b"), col("m"))), 2).alias("a2"), expr("sort_array(collect_set(quarter(ifnull(dt, to_date('2023-12-31'))))) AS a3"))
OUTPUT_MODE = "complete"
