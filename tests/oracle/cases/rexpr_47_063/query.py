from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, t STRING, ts TIMESTAMP, d DOUBLE, m DECIMAL(12,4), s STRING, i INT, b BOOLEAN, j INT, dt DATE").load(INPUT)
result = df.select("id", expr("(d - d)").alias("c1"), F.hash(lit(10)), expr("(id + id)").alias("c3")).where((col("b") | (col("ts") != F.to_timestamp(lit("2024-03-01 12:30:00.123456")))))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT * FROM rexpr_q ORDER BY c1 ASC NULLS FIRST, id"]
