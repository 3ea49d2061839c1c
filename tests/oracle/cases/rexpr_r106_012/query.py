from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy(F.try_element_at(F.split(col("t"), "  *"), lit(2)).alias("k1"), F.shiftright(col("i"), 33).alias("k2")).agg(F.round(F.avg(F.nullif(lit(100).cast("decimal(3,0)"), lit(.001).cast("decimal(4,3)"))), 2).alias("a1"), F.percentile_approx((expr("xpath_int('<a><b>' || i || '</b></a>', 'a/b')") % F.nullif(col("i"), lit(0))), 0.5).alias("a2"), F.sum(F.when((F.is_valid_utf8(col("t")) | col("b")), F.nullif((col("i") + col("n")), expr("99.99"))).otherwise(lit(0))).alias("a3")).orderBy(col("a1").desc(), col("k1").asc_nulls_last(), col("k2").asc_nulls_last())
OUTPUT_MODE = "complete"
ORDERED = True
