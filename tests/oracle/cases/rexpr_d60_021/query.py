from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", expr("exists(split(regexp_extract(upper(s), '([0-9]+)', 1), ' '), x -> x = '') AS c1"), F.least(F.rpad(col("s"), 3, "é"), lit("é")).like("%").alias("c2"), expr("crc32(s)").alias("c3"), expr("nvl(d, 0.001D) AS c4")).where(F.coalesce(F.forall(F.split(col("c3").cast("string"), " "), lambda x: x == lit("Hello")), lit(True)))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c4, c3 FROM rexpr_q ORDER BY id"]
