spark.conf.set("spark.sql.session.timeZone", "Asia/Tokyo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, d DOUBLE, i INT, s STRING, dt DATE, j INT, m DECIMAL(18,6), ts TIMESTAMP, n DECIMAL(5,3)").load(INPUT)
result = df.groupBy(expr("position('o', s) AS k1")).agg(F.sort_array(F.collect_list(F.size(F.array_remove(F.array(col("i"), col("i"), lit(1), col("i")), col("i"))))).alias("a1"), F.round(F.avg(F.nullif(F.nvl2(col("id"), (-col("m")), expr("-3.10")), expr("-3.10"))), 3).alias("a2"))
OUTPUT_MODE = "update"
