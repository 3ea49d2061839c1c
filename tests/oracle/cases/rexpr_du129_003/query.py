from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(12,4), n DECIMAL(20,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy("i").agg(expr("sort_array(collect_union(array(datediff(dt, dt), size(array_remove(array(CASE WHEN (id >= 0L) THEN i WHEN (n = -3.10) THEN i WHEN (m IS NOT NULL) THEN i ELSE i END, shiftrightunsigned(i, 28), 1, CASE WHEN (id >= 0L) THEN i WHEN (n = -3.10) THEN i WHEN (m IS NOT NULL) THEN i ELSE i END), CASE WHEN (id >= 0L) THEN i WHEN (n = -3.10) THEN i WHEN (m IS NOT NULL) THEN i ELSE i END))))) AS a1"), (F.max(col("f")) - F.min(col("f"))).alias("a2"), expr("count(i) AS a3"))
OUTPUT_MODE = "update"
