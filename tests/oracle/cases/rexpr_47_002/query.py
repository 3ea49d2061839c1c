from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, b BOOLEAN, i INT, m DECIMAL(10,2), ts TIMESTAMP, dt DATE, s STRING, k BIGINT, d DOUBLE, j INT").load(INPUT)
result = df.filter((~F.coalesce((~(col("ts") >= F.to_timestamp(lit("1999-12-31 23:59:59.999")))), lit(False)))).groupBy(lit(2).try_cast("int").alias("k1")).agg(F.max(col("s")).alias("a1"), F.min(F.greatest(col("dt"), F.to_date(lit("2000-01-01")))).alias("a2"))
OUTPUT_MODE = "update"
