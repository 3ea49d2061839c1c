from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, s STRING, f FLOAT, i INT, ts TIMESTAMP, n DECIMAL(9,5), k BIGINT, m DECIMAL(18,6), dt DATE, d DOUBLE, b BOOLEAN").json(INPUT)
result = df.groupBy(expr("((d < 100.0D) AND (b AND b)) AS k1")).agg((F.max(col("m")) - F.min(col("m"))).alias("a1"), expr("min(id) AS a2"), F.sum(F.when((col("m") >= col("n")), F.nullif(col("i"), lit(2))).otherwise(lit(0))).alias("a3"), expr("max(sqrt(dt)) AS a4"))
OUTPUT_MODE = "update"
