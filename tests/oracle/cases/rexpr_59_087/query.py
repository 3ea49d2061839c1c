from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter("(coalesce(b, true) OR (s IS NOT NULL))").groupBy("i").agg(expr("round(avg(d), 0) AS a1"), F.sort_array(F.collect_set(lit(1))).alias("a2"))
OUTPUT_MODE = "update"
