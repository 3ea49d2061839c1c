from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(9,5), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where("((CASE WHEN (n IS NOT NULL) THEN ts ELSE least(TIMESTAMP'2024-03-01 12:30:00.123456', ts) END IS NULL) OR (t IS NULL))").selectExpr("id", "(id / i) AS c1", "ucase(nullif(CAST((i * 1) AS STRING), 'x-y')) AS c2", "(CASE WHEN (k IS NOT NULL) THEN n WHEN (t >= 'x-y') THEN m ELSE n END / nullif(round((m % 7.5), -1), 0)) AS c3", "greatest(CASE WHEN true THEN (id * 5) END, CASE WHEN (n <> d) THEN (5 * (86400L * 5)) WHEN contains(sha2(s, 512), 'H') THEN k WHEN coalesce((j > 1), false) THEN ceiling(CASE WHEN abs(try_divide(100.0D, 1e300D)) < 1e9D THEN try_divide(100.0D, 1e300D) END) ELSE id END, pmod(CASE WHEN (s <= '42') THEN id ELSE id END, nullif(i, 0))) AS c4").filter(((lit(0) != F.try_subtract(lit(0.1), lit(100.0))) | col("c2").isNotNull()))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c2 FROM rexpr_q ORDER BY id"]
