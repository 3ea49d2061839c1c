from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where((F.map_contains_key(F.create_map(lit(1), lit('a'), lit(3), lit('b')), 3) | col("id").isNull())).groupBy("i").agg(expr("round(regr_avgy((nvl2(i, d, 0.1D) * d), (i % -4)), 6)").alias("a1"), expr("round(var_samp(d), 4)").alias("a2")).filter("a1 IS NOT NULL")
OUTPUT_MODE = "update"
