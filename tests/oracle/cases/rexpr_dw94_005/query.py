from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", expr("xxhash64(dt) AS c1"), expr("bround(n, -1)").alias("c2"), expr("(m * m * m * m * m) AS c3")).filter((~F.coalesce(col("d").isNotNull(), lit(False))))
OUTPUT_MODE = "append"
