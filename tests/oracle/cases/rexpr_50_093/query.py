from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(12,4), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", expr("(CASE WHEN b THEN try_to_timestamp(s) WHEN b THEN ts ELSE if(b, ts, ts) END + INTERVAL 1 MONTH)").alias("c1"), expr("(m + m) AS c2"), expr("add_months(date_sub(add_months(dt, i), i), i)").alias("c3"), expr("sha2('x-y', 0) AS c4")).where("(c4 < ' ')")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c2 FROM rexpr_q ORDER BY c3 DESC NULLS FIRST, id"]
