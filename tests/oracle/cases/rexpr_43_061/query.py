from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, m DECIMAL(38,10), s STRING, i INT, b BOOLEAN, dt DATE, ts TIMESTAMP, n DECIMAL(9,5), d DOUBLE, j INT, k BIGINT").json(INPUT)
result = df.withColumn("c1", expr("CASE WHEN false THEN dt WHEN b THEN dt ELSE dt END")).withColumn("c2", expr("coalesce(i, -4)"))
OUTPUT_MODE = "append"
