from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", expr("CASE WHEN CAST(j AS BOOLEAN) THEN least(ts, ts, ts) WHEN (ts <> TIMESTAMP'2024-02-29 00:00:00') THEN ((ts - INTERVAL 1 MONTH) + INTERVAL -3 DAYS) WHEN (d = -1.5D) THEN to_timestamp(date_format(ts, 'yyyy-MM-dd HH:mm'), 'yyyy-MM-dd HH:mm') ELSE ts END")).withColumn("c2", F.array_join(F.split(F.upper(col("t")), "[aeiou]"), "-").endswith("o")).select("id", "c1", "c2").where("(NOT coalesce((d IS NOT NULL), false))")
OUTPUT_MODE = "append"
