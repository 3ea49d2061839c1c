from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, s STRING, m DECIMAL(12,4), i INT, dt DATE, d DOUBLE, t STRING, n DECIMAL(9,5), k BIGINT, ts TIMESTAMP").json(INPUT)
result = df.groupBy("s").agg(F.round(F.avg(lit(100).cast("decimal(3,0)")), 0).alias("a1"), F.sort_array(F.collect_set(F.try_element_at(F.split(col("s"), " "), lit(1)))).alias("a2"), F.count_if((F.ascii(col("t")) * col("n")).isin(lit(-3.10).cast("decimal(3,2)"), expr("100BD"))).alias("a3"))
OUTPUT_MODE = "complete"
