from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", expr("CAST(size(split('日本', ',')) AS TIMESTAMP)")).withColumn("c2", expr("((99.99 - n) - n)")).withColumn("c3", expr("CASE s WHEN '42' THEN ts WHEN 'abc' THEN ts ELSE ts END")).withColumn("n", expr("(i * (m + i))")).select("id", "c1", "c2", "c3").where("(CAST(-1 AS BOOLEAN) OR (c2 <= 0.001))")
OUTPUT_MODE = "append"
