from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter((col("ts") <= F.to_timestamp(lit("2024-02-29 00:00:00")))).groupBy(expr("b AS k1"), col("d").alias("k2")).agg(F.count((col("m") * expr("0.5"))).alias("a1"), expr("round(avg(((- 0) + CASE WHEN (j IS NOT NULL) THEN i WHEN b THEN i ELSE i END)), 3) AS a2"))
OUTPUT_MODE = "complete"
