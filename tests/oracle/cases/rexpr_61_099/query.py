from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, d DOUBLE, dt DATE, i INT, m DECIMAL(10,2), s STRING, j INT, b BOOLEAN, ts TIMESTAMP, n DECIMAL(9,5)").load(INPUT)
result = df.withColumn("c1", expr("(d >= (n * (- CAST((ts < TIMESTAMP'2024-03-01 12:30:00.123456') AS DECIMAL(12,2)))))")).withColumn("c2", expr("(m / 7)"))
OUTPUT_MODE = "append"
