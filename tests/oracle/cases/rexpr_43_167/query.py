from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(9,5), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", F.next_day(col("dt"), "Funday").alias("c1"), expr("CASE WHEN (n IS NOT NULL) THEN ((2 * i) % nullif(i, 0)) ELSE i END AS c2"), F.locate(" ", F.concat_ws("-", col("s"), F.month(F.to_date(lit("2024-02-29"))).cast("string")), 1).alias("c3"), expr("make_date(2023, 12, 28)").alias("c4"))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c3, c2, c4 FROM rexpr_q ORDER BY c4 DESC NULLS LAST, id"]
