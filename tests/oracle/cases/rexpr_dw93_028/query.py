from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(4,1), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select(expr("round(m, 0) AS c1"), expr("((i % nullif(i, 0)) IN (5, 5))"), F.least(F.when(col("b"), lit(100.0)).when(col("b"), col("d")), (-col("d")), F.when(col("b"), col("d")).otherwise(col("d"))).alias("c3")).where("(b OR (b IS NOT NULL))")
OUTPUT_MODE = "append"
