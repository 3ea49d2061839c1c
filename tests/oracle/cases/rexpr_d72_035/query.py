from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(9,5), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", expr("CASE WHEN false THEN t WHEN (s <= t) THEN concat_ws('|', t, t, '日本') ELSE t END")).withColumn("c2", F.coalesce(F.lpad(col("t"), 8, "é"), col("t"), lit(" "))).withColumn("c3", expr("CASE WHEN CASE WHEN (c1 < '') THEN (s IS NOT NULL) END THEN dt END"))
OUTPUT_MODE = "append"
