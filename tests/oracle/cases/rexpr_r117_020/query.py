from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", expr("from_json(to_json(named_struct('v', d)), 'v DOUBLE').v")).withColumn("c2", expr("array_max(array((i - 5), i, 3))"))
OUTPUT_MODE = "append"
