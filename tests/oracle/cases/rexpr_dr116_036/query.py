from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where("((b IS NOT NULL) OR (t IS NOT NULL))").select("id", expr("csc(nullif(0.001D, 0)) AS c1"), expr("sentences(s) AS c2"), expr("zeroifnull(m) AS c3"), (col("id") % lit(2)).alias("c4"), expr("coalesce(dt, dt, DATE'2000-01-01')").alias("c5"))
OUTPUT_MODE = "append"
