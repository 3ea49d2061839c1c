from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, j INT, d DOUBLE, i INT, dt DATE, ts TIMESTAMP, n DECIMAL(9,5), b BOOLEAN, m DECIMAL(18,6), s STRING").json(INPUT)
result = df.groupBy((F.when(col("b"), col("dt")).when(col("b"), col("dt")).otherwise(F.to_date(lit("2025-03-01"))) - expr("INTERVAL 1 MONTH")).alias("k1"), expr("map_values(map('x', d))[0]").alias("k2")).agg(expr("round(regr_slope(aggregate(split(s, ' '), 0, (acc, x) -> acc + length(x)), -1), 6) AS a1"), F.count_if(col("b")).alias("a2"))
OUTPUT_MODE = "update"
