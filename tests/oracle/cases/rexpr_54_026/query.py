from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, m DECIMAL(12,4), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter("((b AND b) OR (i IS NULL))").select("id", expr("(d + id)").alias("c1"), expr("coalesce(id, 1L) AS c2"), F.when(col("b"), col("t")).when(col("b"), F.nullif(col("t"), lit("é"))).when(col("i").isNotNull(), col("t")).otherwise(lit("x-y"))).where("(id < -2L)")
OUTPUT_MODE = "append"
