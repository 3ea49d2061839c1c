from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", expr("CAST(t AS BOOLEAN)").alias("c1"), expr("(n / nullif(i, 0)) AS c2"), expr("CASE WHEN endswith(s, 'é') THEN weekday((to_date('2000-01-01') - INTERVAL '1-1' YEAR TO MONTH)) ELSE CASE WHEN (d IS NULL) THEN CAST((i | '6') AS INT) WHEN b THEN pmod(i, nullif(2, 0)) ELSE try_add(j, j) END END AS c3"), F.greatest(F.log2(F.abs(lit(1)) + lit(1)), col("d")).alias("c4"))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT * FROM rexpr_q ORDER BY c4 DESC NULLS LAST, id"]
