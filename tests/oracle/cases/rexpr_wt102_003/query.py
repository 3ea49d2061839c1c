from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", expr("CAST((i & 3) AS INT) AS c1"), expr("(i * m)").alias("c2"), F.repeat(F.regexp_extract(col("s"), "(.)(.)", 0), 3), F.pmod(lit(0).cast("bigint"), F.nullif(col("j"), lit(0))))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c2, c1 FROM rexpr_q ORDER BY id"]
