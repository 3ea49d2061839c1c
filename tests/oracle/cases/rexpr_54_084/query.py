from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(12,4), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", "b", expr("CASE WHEN (ts < TIMESTAMP'1999-12-31 23:59:59.999') THEN dt WHEN b THEN dt ELSE CAST(NULL AS DATE) END"), expr("((1 * id) - pmod(CASE WHEN (t > 'abc') THEN id ELSE id END, nullif(CASE WHEN b THEN i WHEN b THEN i ELSE i END, 0))) AS c2"), (lit(0).cast("bigint") - lit(5)).alias("c3"), expr("(i * 1) AS c4"), expr("hash((t < ' '), 1000L)").alias("c5"))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT * FROM rexpr_q ORDER BY id"]
