from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "date_format(CAST(nullif(3, 3) AS TIMESTAMP), 'MMM d, yyyy') AS c1", "(m / nullif((i * n), 0)) AS c2", "CAST(j AS STRING) AS c3", "bround((greatest(n, n, n) / nullif((m / 7.5), 0)), -1) AS c4").where("(s <> 'a')")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT * FROM rexpr_q ORDER BY c2 ASC NULLS FIRST, id DESC"]
