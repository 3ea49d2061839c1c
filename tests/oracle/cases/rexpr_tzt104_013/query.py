spark.conf.set("spark.sql.session.timeZone", "Asia/Tokyo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where("((('x-y' LIKE 'H%') AND (d IS NOT NULL)) OR (k IS NULL))").select("id", "d", (F.make_date(F.year(F.to_date(lit("2024-02-29"))), lit(12), lit(28)) - expr("INTERVAL 1 MONTH")).alias("c1"), F.round(col("i").cast("double"), -1).alias("c2"), ((col("n") > col("i")) | (col("i") != lit(1000).cast("bigint"))).alias("c3"), expr("TRY_CAST(m AS INT)").alias("c4"), ((col("m") + col("m")) * expr("CAST(extract(HOUR FROM (ts - ts)) AS INT)")).alias("c5"))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT * FROM rexpr_q ORDER BY c1 DESC NULLS LAST, id"]
