from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, k BIGINT, ts TIMESTAMP, m DECIMAL(10,2), i INT, s STRING, dt DATE, d DOUBLE").load(INPUT)
result = df.select("id", expr("factorial(bitmap_bit_position(shiftrightunsigned(dayofweek(dt), 28))) AS c1"), (col("i") - col("i")).alias("c2"))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT * FROM rexpr_q ORDER BY id DESC"]
