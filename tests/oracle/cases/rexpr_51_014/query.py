from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", F.coalesce(col("m").try_cast("bigint"), col("id"), lit(0).cast("bigint")).alias("c1"), F.greatest(F.floor(col("m")), col("m"), (col("m") * col("i"))).alias("c2"))
OUTPUT_MODE = "append"
