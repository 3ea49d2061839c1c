from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, m DECIMAL(10,2), d DOUBLE, i INT, s STRING, j INT, dt DATE, n DECIMAL(5,3), ts TIMESTAMP, t STRING").load(INPUT)
result = df.filter("(n < 100BD)").groupBy((col("dt") <= F.make_date(lit(2023), F.pmod(col("i"), lit(12)) + lit(1), lit(28))).alias("k1")).agg(expr("round(avg(size(split(substring_index(t, ' ', 2), '  *'))), 0) AS a1"), F.sort_array(F.collect_set(col("t"))).alias("a2")).orderBy("k1")
OUTPUT_MODE = "complete"
ORDERED = True
