from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy(expr("trunc(dateadd(dt, i), 'MM') AS k1")).agg(expr("sort_array(collect_set(t)) AS a1"), F.count_if((~F.when(F.isnan(col("d")), (col("i") % lit(3))).when((col("i") < lit(-1)), col("i")).otherwise((col("i") + col("i"))).isin(lit(3), lit(-1), lit(10)))).alias("a2"), F.avg((col("i") * col("m"))).alias("a3"), F.bool_and(lit(99.99).cast("decimal(4,2)").between(expr("1.25"), lit(99.99).cast("decimal(4,2)"))).alias("a4"))
OUTPUT_MODE = "update"
