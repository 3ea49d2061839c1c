from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(38,10), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", expr("abs(m)"), expr("ceil(CASE WHEN abs(round((- greatest(f, d, d)), 3)) < 1e9D THEN round((- greatest(f, d, d)), 3) END) AS c2"), (col("dt") > lit(5)).alias("c3")).filter("((i IN (5)) OR (NOT b))")
OUTPUT_MODE = "append"
