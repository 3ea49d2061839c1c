from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where("((length(s) IN (1)) OR (d IS NOT NULL))").withColumn("c1", (col("m") - col("m"))).withColumn("c2", expr("dayofmonth(greatest(nullif(ts, TIMESTAMP'2024-02-29 00:00:00'), date_trunc('SECOND', ts), TIMESTAMP'2024-03-01 12:30:00.123456'))")).drop("i", "m", "s", "t", "b", "dt")
OUTPUT_MODE = "append"
