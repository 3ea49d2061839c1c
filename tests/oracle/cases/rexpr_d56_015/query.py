from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", expr("CASE WHEN (dt < to_date('2025-03-01')) THEN d WHEN (b AND (i <= 10)) THEN round(d, 3) WHEN (dt < ts) THEN (d - (3 * id)) ELSE (d / 2) END")).withColumn("c2", F.date_add(F.nullif(F.to_date(lit("2023-12-31")), F.to_date(lit("2000-01-01"))), col("i"))).withColumn("c3", expr("CAST(((s = t) AND b) AS STRING)")).withColumn("j", expr("j"))
OUTPUT_MODE = "append"
