from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, s STRING, i INT, d DOUBLE, b BOOLEAN, dt DATE, j INT, m DECIMAL(12,4), t STRING, ts TIMESTAMP, k BIGINT").load(INPUT)
result = df.select("id", expr("CASE WHEN CASE WHEN (b IS NOT TRUE) THEN startswith(regexp_replace('abc', '^.', ''), 'é') WHEN (nullif(k, 0L) > (d / nullif(d, 0))) THEN true END THEN b WHEN (m IS NOT NULL) THEN (m = 0.5) ELSE (d >= 2.0D) END").alias("c1"), F.repeat(F.format_number(col("id"), 2), 1).alias("c2"), expr("greatest(least('2024-02-29', t, 'é'), format_string('%d%%', i), lower(s))").alias("c3"), F.date_trunc("QUARTER", col("ts")).alias("c4"), expr("try_divide(if(b, (m - d), 100.0D), d)").alias("c5")).where("(ts IS NOT NULL)")
OUTPUT_MODE = "append"
