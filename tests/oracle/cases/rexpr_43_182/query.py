from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(5,3), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", expr("datediff(dt, add_months(dateadd(dt, i), length(s)))")).withColumn("ts", expr("CASE WHEN (s IS NOT NULL) THEN date_trunc('SECOND', (ts + INTERVAL 1 MONTH)) WHEN CAST(id AS BOOLEAN) THEN ts WHEN (n > -3.10) THEN ts END")).select("id", "c1").filter("((ts <> TIMESTAMP'2024-02-29 00:00:00') OR (i IS NOT NULL))")
OUTPUT_MODE = "append"
