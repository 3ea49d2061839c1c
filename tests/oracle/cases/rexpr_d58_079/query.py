from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, b BOOLEAN, d DOUBLE, dt DATE, m DECIMAL(7,0), ts TIMESTAMP, i INT, s STRING, t STRING").load(INPUT)
result = df.select("id", "b", (-lit(-1)).alias("c1"), expr("(i + m) AS c2"), expr("CASE WHEN (d IS NOT NULL) THEN CAST((m < 12.345) AS INT) WHEN (d IN (100.0D, 3.75D, 3.75D)) THEN CAST((s = 'é') AS INT) WHEN (s RLIKE '^[A-Z]') THEN try_add(i, i) END").alias("c3"), expr("(d * d) AS c4"), expr("CASE t WHEN '2024-02-29' THEN i ELSE i END"))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c1, c4 FROM rexpr_q ORDER BY id DESC"]
