from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, m DECIMAL(7,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", F.try_multiply((lit(5) * col("m")), lit(0)).alias("c1"), expr("TRY_CAST(t AS INT) AS c2"), col("i").cast("string").alias("c3")).where(F.coalesce(F.substring(col("t"), 1, 0).like("_"), lit(True)))
OUTPUT_MODE = "append"
