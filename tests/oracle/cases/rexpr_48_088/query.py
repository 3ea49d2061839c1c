from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, m DECIMAL(38,10), s STRING, dt DATE, d DOUBLE, b BOOLEAN, ts TIMESTAMP, n DECIMAL(20,0), t STRING, i INT").json(INPUT)
result = df.filter("coalesce((NOT ((10 * i) NOT IN (0, -1, 0))), true)").selectExpr("id", "(i + i) AS c1", "pmod((m / nullif(n, 0)), nullif(round(n, 0), 0)) AS c2", "CAST(nullif(1L, -2L) AS STRING) AS c3", "replace('é', 'a', '')").where("((replace(t, 'a', '') RLIKE '[aeiou]{2}') OR (n IS NULL))")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c2 FROM rexpr_q ORDER BY id"]
