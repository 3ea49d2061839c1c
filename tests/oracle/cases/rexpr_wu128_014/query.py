from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, d DOUBLE, i INT, dt DATE, ts TIMESTAMP, m DECIMAL(18,6), t STRING, k BIGINT, s STRING").load(INPUT)
result = df.groupBy("i").agg(expr("size(collect_union(array(bit_get(weekofyear(dt), 3) % 3, NULL))) AS a1"), expr("round(stddev_samp((i * -1)), 6) AS a2"), expr("hex(count_min_sketch(ascii(char(i)), 0.5D, 0.5D, 1))").alias("a3"), expr("(max(i) - min(i)) AS a4"))
OUTPUT_MODE = "update"
