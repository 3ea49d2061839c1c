from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, k BIGINT, i INT, d DOUBLE, j INT, b BOOLEAN, ts TIMESTAMP, n DECIMAL(4,1), dt DATE, m DECIMAL(10,2), s STRING").json(INPUT)
result = df.select("id", expr("upper(s) AS c1"), (col("ts") + expr("INTERVAL 1 MONTH")).alias("c2"), expr("(months_between(ts, ts) - size(split(s, '-')))").alias("c3"), expr("(id + size(split(s, ',')))").alias("c4")).where("(i = 3)")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT * FROM rexpr_q ORDER BY id"]
