from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, m DECIMAL(10,2), d DOUBLE, ts TIMESTAMP, b BOOLEAN, i INT, dt DATE, s STRING").json(INPUT)
df.where((F.map_contains_key(F.create_map((lit(-1) - col("i")), lit('a'), lit(3), lit('b')), 3) | (col("id") <= lit(-2).cast("bigint")))).createOrReplaceTempView("src")
result = spark.sql("SELECT b, min(m) AS a1, sum(negative(d)) AS a2, percentile_approx(d, array(0.1, 0.9), 100) AS a3, round(stddev_samp(i), 6) AS a4 FROM src GROUP BY b")
OUTPUT_MODE = "update"
