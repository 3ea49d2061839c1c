from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(5,3), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", (lit(0.5) <= ((col("id") % F.nullif(col("i"), lit(0))) * lit(3))).alias("c1"), expr("regexp_like(nullif(ucase(t), ' '), '[0-9]+') AS c2"), expr("CASE string(dt) WHEN '' THEN (id % nullif(i, 0)) ELSE (id DIV nullif(i, 0)) END AS c3"), expr("(add_months(dt, 10) IS NULL) AS c4"))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c2, c1 FROM rexpr_q ORDER BY c2 ASC NULLS FIRST, id DESC"]
