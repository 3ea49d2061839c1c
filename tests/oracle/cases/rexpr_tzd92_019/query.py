spark.conf.set("spark.sql.session.timeZone", "America/New_York")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(12,4), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where(((~F.when(col("id").isNotNull(), (col("i") == lit(1))).when(col("i").isNotNull(), (col("m") <= lit(100).cast("decimal(3,0)"))).otherwise(lit(True))) | col("ts").isNull())).selectExpr("id", "((k IS NOT NULL) = (s IS NOT NULL)) AS c1", "CASE WHEN (t IS NOT NULL) THEN id WHEN (s IS NOT NULL) THEN crc32(t) WHEN array_contains(split(t, ','), 'a') THEN (3 * id) END", "greatest(m, 100BD) AS c3")
OUTPUT_MODE = "append"
