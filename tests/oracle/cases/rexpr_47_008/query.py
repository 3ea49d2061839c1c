from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("i", expr("TRY_CAST(0.001D AS INT)")).withColumn("c2", expr("ifnull(nullif(m, 100BD), 0.5)")).withColumn("c3", expr("round((sqrt(CAST('NaN' AS DOUBLE)) * CASE WHEN (i < 10) THEN 0.1D WHEN (t = 'x-y') THEN d WHEN (m < -3.10) THEN d ELSE d END))")).withColumn("c4", F.when((col("i") != F.crc32(col("t"))), F.substring(col("t"), 5, 0)).when((col("m") == (col("i") + col("i"))), F.try_element_at(F.split(F.substring(F.repeat(col("t"), 0), 1, 3), " "), lit(-1))).otherwise(col("t"))).withColumn("c5", (col("s").try_cast("timestamp") - expr("INTERVAL '1-2' YEAR TO MONTH"))).drop("k", "s").where("((CAST(NULL AS TIMESTAMP) <= to_date('2025-03-01')) OR (k > 86400L))")
OUTPUT_MODE = "append"
