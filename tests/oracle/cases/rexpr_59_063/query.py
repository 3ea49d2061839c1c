from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, ts TIMESTAMP, d DOUBLE, i INT, m DECIMAL(10,2), j INT, t STRING, dt DATE, s STRING, b BOOLEAN").json(INPUT)
result = df.groupBy(col("i").alias("k1")).agg(expr("count_if(((3 * (-1 - d)) < hour(TIMESTAMP'2024-03-01 12:30:00.123456'))) AS a1"), expr("min(least(id, id, id)) AS a2")).filter("a1 IS NOT NULL").orderBy(col("a1").desc(), col("k1").asc_nulls_last())
OUTPUT_MODE = "complete"
ORDERED = True
