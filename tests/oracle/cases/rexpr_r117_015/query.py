from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter((col("t").isNotNull() | col("k").isNull())).select("id", expr("rint(d)").alias("c1"), expr("inline_outer(filter(array(struct(size(json_object_keys(to_json(named_struct('a', i, 'b', t)))) AS p, atan(d) AS q)), e -> e.p > 0))"), expr("try_to_date(t)").alias("c3"), expr("lpad(get(split(monthname(timestamp_seconds(5)), '  *'), 0), 0, 'ab') AS c4")).filter("((c4 >= 'o') OR (id > -2L))")
OUTPUT_MODE = "append"
