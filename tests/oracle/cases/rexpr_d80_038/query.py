from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy(lit(10).alias("k1")).agg(F.sum((col("m") * F.size(F.split(col("s"), "-")))).alias("a1"), F.sum(F.when(F.regexp_substr(col("s"), lit("[A-Z][a-z]*")).isin(lit("a"), lit("Hello")), (col("m") / F.nullif(col("m"), lit(0)))).otherwise(lit(0))).alias("a2"), expr("max(try_to_date(s)) AS a3"), expr("count_if(contains(s, 'o')) AS a4"))
OUTPUT_MODE = "update"
