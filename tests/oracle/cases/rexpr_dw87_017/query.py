from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(12,4), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", F.base64(col("i").cast("string"))).withColumn("c2", expr("last_day(CASE WHEN CASE WHEN (s IS NOT NULL) THEN (t = 'abc') WHEN b THEN b WHEN (d >= 2.0D) THEN b ELSE (i >= 10) END THEN dt WHEN (id IS NOT NULL) THEN dt WHEN b THEN DATE'2000-01-01' ELSE dt END)")).drop("i", "d", "t", "dt").where((lit(-1.5).isNotNull() | col("c1").isNull()))
OUTPUT_MODE = "append"
