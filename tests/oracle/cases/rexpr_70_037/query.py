from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select(expr("date_format(dt, 'a h:mm')").alias("c1"), F.ceil(F.when(col("b"), (-col("n"))).otherwise(F.when((col("i") < lit(5)), col("m")).otherwise(col("m")))).alias("c2"), expr("nvl2(from_unixtime(id), d, 100.0D)"), F.least(col("d"), (col("m") * col("d"))).alias("c4"))
OUTPUT_MODE = "append"
