from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(18,6), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("m", expr("CASE WHEN (j IS NOT NULL) THEN ceil((CAST(NULL AS DECIMAL(10,2)) / nullif(m, 0))) WHEN (-2L IS NOT NULL) THEN m ELSE m END")).withColumn("c2", (col("i") / lit(10)).isNotNull()).drop("i", "j", "d", "s", "t", "ts")
OUTPUT_MODE = "append"
