from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(4,1), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", expr("try_make_timestamp_ltz(2024, 2, 30, 1, 0, 0)").alias("c1"), expr("(((i % nullif(smallint(smallint(i)), 0)) > 7) = true)").alias("c2"), F.unix_seconds((expr("timestampadd(DAY, i, ts)") - expr("INTERVAL 36 HOURS"))).alias("c3"), expr("unix_millis(ts)").alias("c4"))
OUTPUT_MODE = "append"
