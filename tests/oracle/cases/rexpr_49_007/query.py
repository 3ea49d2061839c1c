from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, m DECIMAL(10,2), d DOUBLE, b BOOLEAN, ts TIMESTAMP, s STRING, n DECIMAL(9,5), t STRING, dt DATE").json(INPUT)
result = df.where("(isnan(d) OR (t IS NOT NULL))").select("id", expr("coalesce(n, 1.25)").alias("c1"), expr("(m * m * m * m * m)").alias("c2"), expr("CASE WHEN (id IS NOT NULL) THEN (n * m) WHEN ('42' RLIKE 'o$') THEN n WHEN (TIMESTAMP'2024-02-29 00:00:00' >= dt) THEN (1.25 % nullif(n, 0)) ELSE 100BD END").alias("c3"), expr("coalesce(to_timestamp(date_format(ts, 'dd.MM.yyyy HH:mm:ss.SSSSSS'), 'dd.MM.yyyy HH:mm:ss.SSSSSS'), TIMESTAMP'2024-02-29 00:00:00') AS c4"))
OUTPUT_MODE = "append"
