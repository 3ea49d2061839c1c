from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, b BOOLEAN, d DOUBLE, dt DATE, s STRING, i INT, t STRING, j INT, n DECIMAL(4,1), ts TIMESTAMP, m DECIMAL(12,4)").json(INPUT)
result = df.select("id", expr("(d - i)").alias("c1"), expr("sqrt(round((id / nullif(i, 0)), 0)) AS c2"), F.ifnull(col("ts").cast("double"), lit(0.1)).alias("c3")).where(F.coalesce(F.rtrim(col("s")).between(lit("2024-02-29"), lit("é")), lit(True)))
OUTPUT_MODE = "append"
