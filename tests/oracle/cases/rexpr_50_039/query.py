from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(10,2), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", expr("(m / nullif(CASE WHEN CASE WHEN b THEN b WHEN b THEN (id IS NOT NULL) WHEN b THEN b ELSE b END THEN nullif(1.25, -3.10) WHEN (i < 0) THEN (0.001 * i) WHEN (m IS NULL) THEN 0.001 ELSE m END, 0))")).withColumn("c2", expr("((i + 1) / -4)")).withColumn("c3", col("b"))
OUTPUT_MODE = "append"
