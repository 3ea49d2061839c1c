from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy((col("i") / lit(3.0)).alias("k1")).agg(expr("round(avg(n), 2) AS a1"), expr("bit_and(i) AS a2"), expr("max_by(s, greatest(i, (0 * i), i)) AS a3"), expr("sort_array(collect_set(named_struct('a', timestamp_diff('MONTH', ts, ts), 'b', coalesce(b, b, true)))) AS a4"))
OUTPUT_MODE = "update"
