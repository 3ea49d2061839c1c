from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter("(NOT coalesce((NOT isnan(d)), false))").select("id", expr("round(m, -1)").alias("c1"), F.when(col("b"), col("s")), expr("((size(split(s, '-')) * -3.10) / nullif(n, 0))").alias("c3"))
OUTPUT_MODE = "append"
