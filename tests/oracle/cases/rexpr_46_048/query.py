from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, dt DATE, t STRING, ts TIMESTAMP, j INT, s STRING, i INT, k BIGINT, b BOOLEAN, m DECIMAL(38,10), d DOUBLE, n DECIMAL(9,5)").json(INPUT)
result = df.withColumn("c1", (col("i") * lit(3)).cast("timestamp")).withColumn("c2", expr("CASE WHEN (CASE WHEN b THEN '日本' WHEN (s > '日本') THEN s END <= string(ts)) THEN k END")).withColumn("c3", expr("get(split(sha2(t, 224), '  *'), 0)")).withColumn("b", expr("TRY_CAST(string(char_length(t)) AS BOOLEAN)"))
OUTPUT_MODE = "append"
