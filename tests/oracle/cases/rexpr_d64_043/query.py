from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where(F.coalesce(F.ceil(col("m")).isin(lit(-3.10).cast("decimal(3,2)")), lit(True))).withColumn("c1", expr("(i * (n / nullif(n, 0)))")).withColumn("c2", expr("length(format_number(m, 2))")).withColumn("c3", expr("TRY_CAST(s AS DECIMAL(6,3))")).withColumn("c4", expr("endswith(concat(s, concat(t, s, CAST(dt AS STRING)), CAST(dt AS STRING)), 'H')")).withColumn("c5", (col("i") + col("id"))).drop("i", "j", "k", "d", "n", "t", "dt").filter(F.coalesce(col("dt").isNull(), lit(True)))
OUTPUT_MODE = "append"
