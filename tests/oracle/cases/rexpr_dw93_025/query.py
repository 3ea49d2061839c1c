from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, dt DATE, d DOUBLE, m DECIMAL(12,4), n DECIMAL(20,0), t STRING, k BIGINT, ts TIMESTAMP, i INT, s STRING, b BOOLEAN").json(INPUT)
result = df.select("id", expr("unix_timestamp(coalesce(dt, DATE'2000-01-01')) AS c1"), F.char_length(F.split_part(F.greatest(col("t"), F.substr(col("s"), lit(2), lit(1))), lit(","), lit(1))).alias("c2"), expr("(i + i) AS c3"), F.when(F.dayofweek(col("dt")).isin(2, 2), col("k")).when(((col("n") == lit(99.99).cast("decimal(4,2)")) | (col("d") != col("m"))), col("id")).otherwise(lit(0).cast("bigint")).alias("c4"))
OUTPUT_MODE = "append"
