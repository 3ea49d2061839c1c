from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(9,5), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", "k", expr("CASE WHEN b THEN k ELSE k END").alias("c1"), expr("contains(s, 'H')").alias("c2"), F.array_join(F.split(col("s"), ","), "").alias("c3"), (lit(5) * (F.locate("l", col("s"), 1) + lit(1))).alias("c4"), F.when((F.to_timestamp(lit("1999-12-31 23:59:59.999")).cast("bigint") >= col("id")), col("id")).otherwise(lit(1).cast("bigint")).alias("c5")).filter("((ceiling(12.345) IS NULL) OR (ts IS NULL))")
OUTPUT_MODE = "append"
