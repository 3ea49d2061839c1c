from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy(expr("(i * d) AS k1")).agg(expr("count_if((NOT (n <> 100BD))) AS a1"), F.min(col("id")).alias("a2")).orderBy(col("a1").desc(), col("k1").asc_nulls_last())
OUTPUT_MODE = "complete"
ORDERED = True
