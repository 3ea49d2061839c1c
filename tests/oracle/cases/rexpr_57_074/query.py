from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", F.coalesce(col("dt"), F.to_date(lit("2024-02-29")))).withColumn("c2", expr("(1 % nullif(7, 0))")).withColumn("c3", ((col("m") + (col("i") * col("m"))) - F.when(col("b"), lit(100).cast("decimal(3,0)")).when(col("b"), col("m")).when(col("b"), col("m")).otherwise(col("m")))).filter("((m IS NOT NULL) OR (ts = TIMESTAMP'2024-02-29 00:00:00'))")
OUTPUT_MODE = "append"
