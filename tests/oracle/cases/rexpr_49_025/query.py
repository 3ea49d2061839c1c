from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, t STRING, ts TIMESTAMP, n DECIMAL(4,1), d DOUBLE, dt DATE, s STRING, m DECIMAL(10,2), i INT").load(INPUT)
result = df.withColumn("c1", expr("regexp_replace(regexp_extract(sha2(rpad(t, 3, 'é'), 0), '([0-9]+)', 1), '^.', '')")).withColumn("c2", F.date_format(F.when((col("id") <= lit(3).cast("bigint")), col("dt")).otherwise(F.to_date(lit("2000-01-01"))), "D").try_cast("bigint")).withColumn("c3", expr("coalesce(unix_timestamp(ts), -2L)")).select("id", "c1", "c2", "c3")
OUTPUT_MODE = "append"
