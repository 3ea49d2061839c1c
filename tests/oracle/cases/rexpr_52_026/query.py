from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(4,1), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter("(((d > 2.0D) OR (dt = to_date('2024-02-29'))) OR (m IS NULL))").select("id", F.isnan((F.year(F.least(col("ts"), col("ts"), col("ts"))) - col("d"))).alias("c1"), F.concat_ws("", F.reverse(col("s")), F.regexp_extract(F.substring(F.replace(col("s"), lit("o"), lit("0")), -3, 1), "([a-z]+)", 1), col("i").cast("string")).alias("c2"), expr("quarter(dt) AS c3"), expr("(d / nullif(datediff(ts, to_date('2025-03-01')), 0)) AS c4"))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c1, c3 FROM rexpr_q ORDER BY id"]
