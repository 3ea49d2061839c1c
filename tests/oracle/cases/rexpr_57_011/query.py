from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(9,5), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where("(b OR (b IS NOT NULL))").groupBy(col("s").alias("k1")).agg(expr("round(avg(d), 2) AS a1"), F.sum(F.when(F.isnan(col("d")), col("i")).otherwise(lit(0))).alias("a2"), F.max(col("i")).alias("a3"))
OUTPUT_MODE = "update"
