from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(10,2), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", expr("(log(10, (CASE WHEN (i <> -1) THEN i WHEN (j = 10) THEN 2 WHEN (j >= 10) THEN 1 ELSE i END + d)) / nullif((d / -4), 0))")).withColumn("d", expr("(datediff(dt, ts) / nullif((months_between(TIMESTAMP'2024-03-01 12:30:00.123456', dt) * d), 0))")).select("id", "c1")
OUTPUT_MODE = "append"
