from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, j INT, dt DATE, d DOUBLE, s STRING, ts TIMESTAMP, i INT, t STRING, m DECIMAL(10,2), k BIGINT, b BOOLEAN").json(INPUT)
result = df.withColumn("c1", expr("CASE WHEN b THEN ts ELSE timestamp_micros(CAST(i AS BIGINT) * 1000000000L) END")).withColumn("c2", (col("m") / F.nullif(col("j"), lit(0)))).withColumn("c3", expr("(arrays_overlap(array(i), array(CAST(NULL AS INT), 3)) <= (CAST(NULL AS DATE) <= ts))")).withColumn("c4", expr("array_repeat(CASE (TIMESTAMP'2024-03-01 12:30:00.123456' IS NOT NULL) WHEN false THEN t WHEN false THEN t ELSE t END, abs(xpath_short('<a><b>7</b><b>' || bitmap_bit_position(i) || '</b></a>', 'sum(a/b)')) % 3)")).withColumn("c5", F.array_repeat(lit(" "), F.abs(col("i")) % 3)).drop("j", "i", "k", "b")
OUTPUT_MODE = "append"
