from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(18,6), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", expr("if((t RLIKE '[0-9]+'), ts, TIMESTAMP'2024-03-01 12:30:00.123456')")).withColumn("c2", expr("add_months(dt, i)")).drop("j", "d", "s")
OUTPUT_MODE = "append"
