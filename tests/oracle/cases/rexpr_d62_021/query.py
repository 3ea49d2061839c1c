from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, n DECIMAL(9,5), ts TIMESTAMP, m DECIMAL(18,6), j INT, d DOUBLE, dt DATE, t STRING, i INT, b BOOLEAN, s STRING").json(INPUT)
result = df.groupBy(expr("(i / nullif(i, 0)) AS k1")).agg(F.sort_array(F.collect_set(F.nullif(col("i"), lit(2)))).alias("a1"), expr("count(CASE (m IS NOT NULL) WHEN true THEN m WHEN false THEN m ELSE n END) AS a2"), F.max(col("dt")).alias("a3"), F.min(col("id")).alias("a4")).filter("a1 IS NOT NULL")
OUTPUT_MODE = "update"
