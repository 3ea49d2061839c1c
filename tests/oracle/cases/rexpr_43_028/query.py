from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, j INT, n DECIMAL(5,3), t STRING, b BOOLEAN, ts TIMESTAMP, f FLOAT, i INT, s STRING, m DECIMAL(18,6), dt DATE, d DOUBLE").json(INPUT)
result = df.groupBy("t").agg(expr("avg((- d)) AS a1"), expr("round(avg((i + f)), 3) AS a2"), expr("max(greatest(dt, CASE (n IS NOT NULL) WHEN true THEN DATE'2023-12-31' END)) AS a3"), F.round(F.avg(col("d")), 0).alias("a4")).orderBy("t")
OUTPUT_MODE = "complete"
ORDERED = True
