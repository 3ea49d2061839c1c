from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, n DECIMAL(5,3), i INT, b BOOLEAN, m DECIMAL(7,0), dt DATE, t STRING, d DOUBLE, ts TIMESTAMP, j INT, s STRING").json(INPUT)
result = df.where(((col("m") > col("i")) | (col("dt") > F.to_date(lit("2000-01-01"))))).withColumn("c1", expr("(-3.10 * -1)")).withColumn("c2", expr("nullif(0L, 0L)")).withColumn("c3", (lit(3) * col("i"))).withColumn("c4", (col("id") % F.nullif(col("j"), lit(0)))).select("id", "c1", "c2", "c3", "c4").where(F.coalesce((col("s") != col("t")), lit(True)))
OUTPUT_MODE = "append"
