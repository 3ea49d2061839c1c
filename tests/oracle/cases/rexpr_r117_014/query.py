from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(9,5), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where((~F.coalesce(col("b"), lit(False)))).withColumn("c1", F.when(expr("exists(map_keys(map_filter(map('a', width_bucket(d, -10.0D, 10.0D, 4), 'b', xpath_short('<a><b>7</b><b>' || i || '</b></a>', 'sum(a/b)')), (k, v) -> v > 0)), x -> x = 'a')"), col("dt")).when(col("b"), expr("element_at(array_sort(array(dt, dt, DATE'2024-02-29')), 1)")).when(col("i").isNotNull(), col("dt")).otherwise(col("dt"))).withColumn("c2", F.acosh(F.abs(col("d")) + lit(1)))
OUTPUT_MODE = "append"
