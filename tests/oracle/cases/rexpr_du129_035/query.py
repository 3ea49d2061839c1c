from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(38,10), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter(col("s").isNotNull()).groupBy("b").agg(F.round(F.avg(expr("xpath_number('<a><b>' || acos(vector_l2_distance(array(CAST(i AS FLOAT), 0.0F), array(3.0F, 4.0F))) || '</b></a>', 'a/b * 2')")), 2).alias("a1"), expr("max(map_from_arrays(array(1, 1), array(s, s))) AS a3"), F.try_sum(expr("int(power((5 + i) % 4, 2))")).alias("a2"))
OUTPUT_MODE = "complete"
