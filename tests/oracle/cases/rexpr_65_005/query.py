from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", expr("((id + id) - CASE WHEN (i <> 1) THEN nullif(id, -2L) ELSE least(86400L, id, id) END)").alias("c1"), F.unix_timestamp(F.to_date(F.date_format(col("dt"), "yyyy-MM-dd"), "yyyy-MM-dd")), expr("CASE j WHEN 1 THEN TIMESTAMP'2024-02-29 00:00:00' WHEN -1 THEN TIMESTAMP'2024-02-29 00:00:00' ELSE ts END"))
OUTPUT_MODE = "append"
