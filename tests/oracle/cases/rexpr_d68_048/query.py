from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(18,6), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", F.when((F.to_timestamp(lit("2024-03-01 12:30:00.123456")) != (col("ts") - expr("INTERVAL -3 DAYS"))), col("ts")).otherwise(F.to_timestamp(lit("2024-03-01 12:30:00.123456"))).alias("c1"), expr("bround(n, 2) AS c2")).where("(('é' RLIKE '^[A-Z]') OR (s IS NOT NULL))")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c1, c2 FROM rexpr_q ORDER BY c2 ASC NULLS FIRST, id"]
