from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter("((t LIKE 'H%') OR (dt = to_date('2024-02-29')))").withColumn("c1", F.date_add(F.add_months(F.add_months(F.date_add(col("dt"), col("i")), col("i")), (col("i") - col("i"))), lit(1))).withColumn("c2", F.nullif(col("ts"), F.to_timestamp(lit("2024-02-29 00:00:00")))).withColumn("c3", expr("round((m / nullif(round(100BD), 0)), 2)")).withColumn("c4", col("k").cast("int")).withColumn("c5", expr("CASE nullif(j, 2) WHEN 0 THEN k WHEN 1 THEN CASE WHEN (i < 5) THEN k ELSE id END ELSE (0 - id) END")).filter("(NOT coalesce(nvl2((t > '2024-02-29'), (t RLIKE '^[A-Z]'), CAST(NULL AS BOOLEAN)), false))")
OUTPUT_MODE = "append"
