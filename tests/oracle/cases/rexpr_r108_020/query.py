from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, b BOOLEAN, d DOUBLE, ts TIMESTAMP, m DECIMAL(7,0), s STRING, t STRING, dt DATE, i INT").json(INPUT)
result = df.groupBy(expr("(b AND b) AS k1")).agg(expr("sort_array(collect_set(named_struct('a', size(sequence(1, abs(i) % 5 + 1)), 'b', exists(map_keys(map_filter(map('a', date_diff(dt, dt), 'b', datediff(dt, dt)), (k, v) -> v > 0)), x -> x = 'a'))))").alias("a1"), expr("try_avg(m)").alias("a2"), expr("bit_xor(unix_date(make_date(2024, 1, 1)) + width_bucket(d, -10.0D, 10.0D, 4)) AS a3"), expr("count_if((ceil(bround(m, 0), 1) IS NOT NULL)) AS a4"))
OUTPUT_MODE = "update"
