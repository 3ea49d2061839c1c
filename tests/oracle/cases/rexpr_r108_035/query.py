from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter((col("t") < lit("x-y"))).select("id", F.json_array_length(col("t")).alias("c1"), F.date_trunc("MINUTE", F.to_timestamp(lit("1999-12-31 23:59:59.999"))).alias("c2"), expr("make_dt_interval(106751992, i) AS c3"))
OUTPUT_MODE = "append"
