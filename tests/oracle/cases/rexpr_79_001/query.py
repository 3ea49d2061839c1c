from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, t STRING, f FLOAT, dt DATE, i INT, n DECIMAL(4,1), s STRING, d DOUBLE, m DECIMAL(12,4), b BOOLEAN, ts TIMESTAMP").load(INPUT)
result = df.filter((col("m") >= lit(100).cast("decimal(3,0)"))).select("id", "m", expr("sqrt(least(d, d, (id / 2.0D)))").alias("c1"), expr("CASE WHEN b THEN dt WHEN (n <= 100BD) THEN dt WHEN b THEN dt ELSE dt END AS c2")).where(F.coalesce(F.nvl(col("b"), lit(False)), lit(True)))
OUTPUT_MODE = "append"
