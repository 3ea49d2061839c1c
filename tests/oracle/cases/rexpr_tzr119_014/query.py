spark.conf.set("spark.sql.session.timeZone", "Asia/Tokyo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, t STRING, i INT, dt DATE, m DECIMAL(7,0), s STRING, b BOOLEAN, ts TIMESTAMP, d DOUBLE, f FLOAT, k BIGINT").load(INPUT)
result = df.groupBy(expr("(json_array_length('Hello') IN (1, 5, 2)) AS k1")).agg(expr("sort_array(collect_set(t)) AS a1"), (F.max(col("m")) - F.min(col("m"))).alias("a2"), expr("round(stddev_samp(i), 6) AS a3")).orderBy(col("a1").desc(), col("k1").asc_nulls_last())
OUTPUT_MODE = "complete"
ORDERED = True
