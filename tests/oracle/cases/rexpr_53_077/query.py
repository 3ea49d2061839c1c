from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, dt DATE, s STRING, m DECIMAL(10,2), d DOUBLE, i INT, b BOOLEAN, ts TIMESTAMP, t STRING, k BIGINT").load(INPUT)
result = df.withColumn("c1", expr("left(nullif(s, ''), 4)")).withColumn("c2", expr("(CASE WHEN b THEN id ELSE id END % 3)"))
OUTPUT_MODE = "append"
