from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", expr("((ts + INTERVAL 1 DAY) + INTERVAL 1 DAY)")).withColumn("c2", expr("CASE (- i) WHEN 1 THEN (s LIKE '% %') ELSE (s = '2024-02-29') END")).withColumn("c3", expr("(1000L + 0)")).withColumn("c4", col("dt")).withColumn("b", col("d").between(lit(0.1), lit(3.75)))
OUTPUT_MODE = "append"
