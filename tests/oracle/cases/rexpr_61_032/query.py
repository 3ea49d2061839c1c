from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", F.coalesce(F.from_unixtime(lit(86400).cast("bigint"), "yyyy-MM-dd"), lit("2024-02-29")).alias("c1"), (col("s") != F.lower(col("t"))), F.nullif((((col("d") / F.nullif(lit(0), lit(0))) / F.nullif((col("d") + col("d")), lit(0))) - col("id")), lit(100.0)).alias("c3"), F.unix_timestamp(((col("ts") - expr("INTERVAL -3 DAYS")) - expr("INTERVAL '1-2' YEAR TO MONTH"))).alias("c4"), expr("next_day(dt, 'Funday') AS c5"), F.regexp_replace(F.substring(lit("a"), -3, 0), "[aeiou]", "*").alias("c6")).filter("(coalesce((c4 = -2L), true) OR (c1 IS NULL))")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c4 FROM rexpr_q ORDER BY c4 DESC NULLS LAST, id"]
