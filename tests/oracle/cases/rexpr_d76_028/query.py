from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, dt DATE, k BIGINT, m DECIMAL(10,2), b BOOLEAN, ts TIMESTAMP, d DOUBLE, i INT, s STRING, j INT, n DECIMAL(9,5)").json(INPUT)
result = df.select("id", expr("TRY_CAST(k AS DECIMAL(5,1))").alias("c1"), expr("xxhash64((s IS NOT NULL)) AS c2"))
OUTPUT_MODE = "append"
