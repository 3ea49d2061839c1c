from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, m DECIMAL(7,0), i INT, j INT, s STRING, d DOUBLE, ts TIMESTAMP, k BIGINT, dt DATE").json(INPUT)
result = df.withColumn("c1", F.when(lit(True), lit(0)).when(col("ts").isNotNull(), col("j")).otherwise(col("i"))).withColumn("c2", ((col("k") > lit(86400).cast("bigint")) | col("d").between(lit(100.0), lit(0.5)))).withColumn("c3", expr("CASE WHEN false THEN k WHEN (m >= -3.10) THEN (id DIV nullif(j, 0)) ELSE TRY_CAST(m AS BIGINT) END")).withColumn("c4", expr("date_format(nullif(ts, TIMESTAMP'2024-02-29 00:00:00'), 'MMM d, yyyy')")).drop("m", "j", "d", "ts", "dt")
OUTPUT_MODE = "append"
