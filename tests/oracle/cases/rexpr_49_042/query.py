from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, ts TIMESTAMP, t STRING, b BOOLEAN, k BIGINT, i INT, j INT, dt DATE, m DECIMAL(10,2), s STRING, n DECIMAL(5,3), d DOUBLE").load(INPUT)
result = df.select("t", expr("nullif((DATE'2000-01-01' - INTERVAL '1-1' YEAR TO MONTH), DATE'2024-02-29')"), F.nullif(col("ts"), F.to_timestamp(lit("1999-12-31 23:59:59.999"))).alias("c2")).filter(col("id").isNotNull())
OUTPUT_MODE = "append"
