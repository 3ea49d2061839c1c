spark.conf.set("spark.sql.session.timeZone", "America/Chicago")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, b BOOLEAN, j INT, f FLOAT, d DOUBLE, s STRING, n DECIMAL(4,1), ts TIMESTAMP, dt DATE, i INT, m DECIMAL(18,6)").json(INPUT)
result = df.where("(d < 3.75D)").groupBy(expr("CASE WHEN b THEN b WHEN b THEN (s IS NOT NULL) END AS k1")).agg(expr("sort_array(collect_union(array(bitwise_not(array_min(array(i, 10, CAST(NULL AS INT)))), i)))").alias("a1"), expr("hex(count_min_sketch(s, 0.3D, 0.7D, 7)) AS a2"), F.round(F.avg(col("f")), 3).alias("a3"), expr("percentile(i, array(0.25, 0.75)) AS a4")).filter("a1 IS NOT NULL")
OUTPUT_MODE = "complete"
