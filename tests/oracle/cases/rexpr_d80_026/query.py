from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, j INT, ts TIMESTAMP, d DOUBLE, b BOOLEAN, i INT, dt DATE, m DECIMAL(18,6), n DECIMAL(9,5), k BIGINT, s STRING").load(INPUT)
result = df.filter("(isnan((- (d + d))) OR (s IS NULL))").select("id", F.when((~(col("ts") != col("dt"))), F.try_multiply(col("d"), col("d"))).otherwise(lit(None).cast("double")).alias("c1"), expr("size(split(s, '-'))").alias("c2")).filter((F.regexp_like(F.try_element_at(F.split(col("s"), ","), lit(3)), lit("o$")) | (col("dt") < F.to_date(lit("2024-02-29")))))
OUTPUT_MODE = "append"
