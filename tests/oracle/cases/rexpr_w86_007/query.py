from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy("t", expr("least(CASE WHEN b THEN j WHEN b THEN i ELSE j END, 12, j) AS k2")).agg(F.sort_array(F.collect_set(expr("CAST(last_day(dt) AS STRING)"))).alias("a1"), F.count_if(F.coalesce(col("b"), F.equal_null(lit(1), lit(3)), lit(False))).alias("a2")).orderBy("t", "k2")
OUTPUT_MODE = "complete"
ORDERED = True
