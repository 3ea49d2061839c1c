from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy("b").agg(F.count(col("d")).alias("a1"), expr("sort_array(collect_set(CASE WHEN startswith(t, 'é') THEN i WHEN b THEN dayofweek(dt) WHEN isnan(CAST('NaN' AS DOUBLE)) THEN i ELSE i END)) AS a2")).orderBy(col("a1").desc(), col("b").asc_nulls_last())
OUTPUT_MODE = "complete"
ORDERED = True
