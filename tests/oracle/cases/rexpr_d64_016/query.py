from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, s STRING, ts TIMESTAMP, n DECIMAL(20,0), t STRING, j INT, dt DATE, m DECIMAL(7,0), d DOUBLE, b BOOLEAN").load(INPUT)
result = df.select("id", expr("round(abs((m / nullif(n, 0))), 0) AS c1"), expr("CASE WHEN isnull(id) THEN round(n, 3) ELSE bround(1.25, 0) END").alias("c2"), expr("((d + id) / 2.0D) AS c3"))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT * FROM rexpr_q ORDER BY c2 ASC NULLS LAST, id DESC"]
