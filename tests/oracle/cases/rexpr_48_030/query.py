from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(4,1), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", F.concat_ws("-", col("s"), F.upper(F.lpad(F.greatest(col("s"), lit("Hello")), 0, "é")))).withColumn("b", col("b")).withColumn("c3", expr("TRY_CAST(CASE WHEN isnull(n) THEN s WHEN (b IS NOT NULL) THEN regexp_replace(date_format(dt, 'yyyyMMdd'), '[aeiou]', '*') WHEN (s != nullif(s, ' ')) THEN CAST(i AS STRING) ELSE s END AS BIGINT)")).withColumn("c4", expr("lower(nullif(nullif(s, 'x-y'), '日本'))")).drop("i", "m", "n", "s", "dt", "ts")
OUTPUT_MODE = "append"
