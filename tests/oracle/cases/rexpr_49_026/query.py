from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, j INT, m DECIMAL(10,2), ts TIMESTAMP, b BOOLEAN, t STRING, s STRING, n DECIMAL(5,3), d DOUBLE, dt DATE, i INT").load(INPUT)
result = df.selectExpr("id", "CAST(ts AS STRING)", "(length(CAST((d BETWEEN 0.001D AND 0.1D) AS STRING)) % nullif(instr(t, 'é'), 0)) AS c2", "(id * d)", "date_add(dt, i) AS c4").filter(((col("c4").isNotNull() | (col("id") >= lit(86400).cast("bigint"))) | col("c4").isNotNull()))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT * FROM rexpr_q ORDER BY c4 ASC NULLS FIRST, id"]
