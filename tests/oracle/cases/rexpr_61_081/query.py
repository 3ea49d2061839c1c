from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, s STRING, f FLOAT, i INT, m DECIMAL(10,2), b BOOLEAN, n DECIMAL(9,5), ts TIMESTAMP, t STRING, dt DATE, d DOUBLE").load(INPUT)
result = df.selectExpr("id", "CASE WHEN (ts < TIMESTAMP'2024-02-29 00:00:00') THEN id WHEN b THEN id WHEN (dt IS NOT NULL) THEN id ELSE id END AS c1", "to_timestamp(date_format(ts, 'yyyy-MM-dd HH:mm'), 'yyyy-MM-dd HH:mm')", "CAST(to_date('2023-12-31') AS STRING) AS c3", "date_sub(coalesce(dt, dt, DATE'2024-02-29'), ascii(t)) AS c4").where(F.coalesce(F.when(col("b"), col("b")).otherwise(col("i").isNotNull()), lit(True)))
OUTPUT_MODE = "append"
