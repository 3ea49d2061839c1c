from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, ts TIMESTAMP, m DECIMAL(18,6), s STRING, j INT, d DOUBLE, dt DATE, i INT, k BIGINT").json(INPUT)
result = df.select("id", (F.length(col("s")) % lit(3)).alias("c1"), F.trunc(F.greatest(col("dt"), (F.to_date(lit("2024-02-29")) + expr("INTERVAL -10 DAYS")), F.to_date(lit("2000-01-01"))), "mon").alias("c2"), F.when(((col("j") == lit(2)) & (col("s") < lit(" "))), col("s")).otherwise(col("s")), F.concat(F.left(col("s"), lit(0)), F.date_format(F.date_add(col("dt"), col("i")), "EEEE"), col("s")).contains("é").alias("c4"), expr("CASE CASE WHEN (d <> 3.75D) THEN 'x-y' WHEN (ts > TIMESTAMP'2024-02-29 00:00:00') THEN s WHEN (k <> 1L) THEN 'é' ELSE s END WHEN 'a' THEN ts WHEN '42' THEN (date_trunc('SECOND', TIMESTAMP'1999-12-31 23:59:59.999') + INTERVAL '1 02:03:04.000005' DAY TO SECOND) ELSE timestamp_seconds(i) END").alias("c5")).filter((col("ts") <= F.to_timestamp(lit("1999-12-31 23:59:59.999"))))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c4, c2, c1 FROM rexpr_q ORDER BY c4 ASC NULLS FIRST, id"]
