from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, b BOOLEAN, n DECIMAL(4,1), t STRING, dt DATE, ts TIMESTAMP, m DECIMAL(38,10), d DOUBLE, s STRING, i INT").load(INPUT)
result = df.select("id", (F.date_trunc("SECOND", col("i").cast("timestamp")) + expr("INTERVAL '1 02:03:04.000005' DAY TO SECOND")).alias("c1"), (F.nullif(col("i"), lit(3)) + (-col("i"))).eqNullSafe(col("n").try_cast("int")).alias("c2"), expr("id DIV i").alias("c3"), F.abs(F.when(col("b"), col("m")).when((col("id").isNull() & col("id").isNotNull()), col("m")).when(col("t").isNotNull(), col("m")).otherwise(col("n"))).alias("c4")).where("(isnull(-2L) OR (d < 0.001D))")
OUTPUT_MODE = "append"
