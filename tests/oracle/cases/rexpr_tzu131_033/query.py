spark.conf.set("spark.sql.session.timeZone", "America/Chicago")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy(F.arrays_overlap(F.array(col("i"), lit(10)), F.array(lit(1), lit(2), col("i"))).alias("k1")).agg((F.max(col("m")) - F.min(col("m"))).alias("a1"), expr("sort_array(collect_set(size(map_keys(str_to_map(typeof(map(i, ts)), ' ', 'l'))))) AS a2"), F.bit_or(expr("ascii(char(i))")).alias("a3"))
OUTPUT_MODE = "update"
