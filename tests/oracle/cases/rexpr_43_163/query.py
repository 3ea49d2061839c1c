from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, t STRING, f FLOAT, m DECIMAL(7,0), dt DATE, i INT, k BIGINT, s STRING, ts TIMESTAMP, d DOUBLE").load(INPUT)
result = df.where((((col("i") < lit(3)) | (col("id") != lit(3).cast("bigint"))) | (col("t") <= lit("2024-02-29")))).selectExpr("id", "substring(date_format(dt, 'MMM d, yyyy'), 0, 0) AS c1", "(bround((i + m), 2) / 7.5) AS c2", "CASE WHEN (s = 'abc') THEN m WHEN (k <> 0L) THEN 99.99 WHEN ((t <= 'x-y') OR (m IS NOT NULL)) THEN m ELSE m END AS c3", "instr(least(t, s), '') AS c4")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c1, c2, c4 FROM rexpr_q ORDER BY id DESC"]
