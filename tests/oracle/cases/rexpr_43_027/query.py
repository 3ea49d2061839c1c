from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, dt DATE, m DECIMAL(38,10), s STRING, ts TIMESTAMP").json(INPUT)
result = df.select("id", expr("ceil(CASE WHEN abs(try_divide(d, 1e300D)) < 1e9D THEN try_divide(d, 1e300D) END) AS c1"), (F.when((col("i") != lit(5)), F.when((col("id") == lit(1).cast("bigint")), (col("id") % F.nullif(col("i"), lit(0)))).otherwise(col("id"))).otherwise(col("id")) * ((col("d") / lit(7.0)) * lit(0).cast("bigint"))).alias("c2"), expr("(greatest(ts, ts, CASE WHEN (d IS NOT NULL) THEN ts WHEN (m IS NOT NULL) THEN ts ELSE TIMESTAMP'2024-02-29 00:00:00' END) - INTERVAL '1 02:03:04.000005' DAY TO SECOND)").alias("c3"), expr("(ts + INTERVAL -3 DAYS)").alias("c4"))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c3 FROM rexpr_q ORDER BY c3 DESC NULLS FIRST, id"]
