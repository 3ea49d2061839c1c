from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, dt DATE, d DOUBLE, b BOOLEAN, m DECIMAL(18,6), ts TIMESTAMP, s STRING, t STRING").load(INPUT)
result = df.withColumn("c1", F.trim(col("s"))).withColumn("c2", expr("format_number(CASE WHEN (to_date('2000-01-01') <=> dt) THEN (id % nullif(i, 0)) ELSE id END, 0)")).select("id", "c1", "c2")
OUTPUT_MODE = "append"
