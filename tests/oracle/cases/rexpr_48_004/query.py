from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", expr("pow((i - i), 3)")).withColumn("c2", expr("(i IN (10))")).withColumn("c3", col("ts")).withColumn("c4", F.regexp_replace(F.format_string("%s-%d", col("s"), col("id")), "[0-9]+", "#")).drop("d", "s", "t", "ts").filter("(c3 < TIMESTAMP'2024-02-29 00:00:00')")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT * FROM rexpr_q ORDER BY dt DESC NULLS LAST, id"]
