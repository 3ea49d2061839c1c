from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", (-col("i"))).withColumn("c2", F.greatest(col("i").cast("double"), F.nvl2(col("n"), col("d"), lit(0.5)))).select("id", "c1", "c2").filter("coalesce((b OR (s IS NOT NULL)), true)")
OUTPUT_MODE = "append"
