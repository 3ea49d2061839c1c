from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(9,5), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", expr("(try_add(i, i) * (n / 3.5)) AS c1"), expr("(CASE WHEN (m < 0.001) THEN -3.10 WHEN b THEN m ELSE 0.5 END / nullif(CASE WHEN (s = '') THEN n ELSE m END, 0))").alias("c2"))
OUTPUT_MODE = "append"
