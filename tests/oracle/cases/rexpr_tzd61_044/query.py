spark.conf.set("spark.sql.session.timeZone", "America/Los_Angeles")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(7,0), n DECIMAL(9,5), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy(F.substring_index(col("s"), ",", 0).alias("k1")).agg(F.count_if(F.isnan((col("f") * lit(10)))).alias("a1"), expr("count_if(endswith(get_json_object(to_json(named_struct('a', s, 'n', j)), '$.n'), 'a')) AS a2"), F.sort_array(F.collect_set(col("j"))).alias("a3"))
OUTPUT_MODE = "complete"
