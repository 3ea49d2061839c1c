from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(12,4), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where((~F.coalesce((col("id") != col("i")), lit(False)))).withColumn("c1", expr("CASE WHEN (m IS NOT NULL) THEN t ELSE 'a' END")).withColumn("c2", expr("(m - 0.5)")).select("id", "c1", "c2")
OUTPUT_MODE = "append"
