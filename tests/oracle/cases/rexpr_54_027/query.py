from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(7,0), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", expr("nvl2((id <= 86400L), id, 1L)"), expr("date_trunc('HOUR', TRY_CAST(t AS TIMESTAMP)) AS c2"), F.date_format(col("ts"), "yyyy-MM-dd HH:mm:ss.SSSSSS").alias("c3"), (F.pmod(col("i"), F.nullif(col("j"), lit(0))) + col("i")).alias("c4"), expr("(10 * i)"))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c3, c2 FROM rexpr_q ORDER BY c4 DESC NULLS LAST, id DESC"]
