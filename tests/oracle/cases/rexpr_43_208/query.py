from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, dt DATE, n DECIMAL(4,1), i INT, k BIGINT, d DOUBLE, ts TIMESTAMP, s STRING, m DECIMAL(18,6)").json(INPUT)
result = df.select("id", expr("to_timestamp(s)").alias("c1"), expr("nullif(regexp_replace(s, '^.', ''), '2024-02-29')").alias("c2"), F.sha1(col("s")).try_cast("boolean").alias("c3"))
OUTPUT_MODE = "append"
