from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, s STRING, t STRING, m DECIMAL(10,2), d DOUBLE, n DECIMAL(20,0), dt DATE, j INT, i INT, b BOOLEAN, ts TIMESTAMP").json(INPUT)
result = df.select("id", expr("least(replace(CASE WHEN equal_null(i, 0) THEN date_format(dt, 'EEEE') WHEN b THEN 'a' END, ' ', ''), '')").alias("c1"), expr("((CAST(i AS BIGINT) / nullif(i, 0)) * CASE WHEN b THEN d WHEN b THEN d WHEN (t IS NOT NULL) THEN d ELSE d END)").alias("c2"), expr("((date_trunc('SECOND', ((TIMESTAMP'2024-02-29 00:00:00' - INTERVAL 24 HOURS) - INTERVAL '1-2' YEAR TO MONTH)) - '2024-02-29 23:59:59.5') = INTERVAL '23:59' HOUR TO MINUTE) AS c3"), expr("abs(j) AS c4")).filter(((col("c1") != lit("")) | (col("id") <= lit(-2).cast("bigint"))))
OUTPUT_MODE = "append"
