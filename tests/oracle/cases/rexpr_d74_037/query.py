from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select(F.timestamp_millis(F.instr(F.repeat(lit("Hello"), 3), "o")).alias("c1"), expr("nvl(k, 1L)").alias("c2"), expr("(ts + INTERVAL -3 DAYS)").alias("c3"), expr("nvl(m, 99.99) AS c4"))
OUTPUT_MODE = "append"
