from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, m DECIMAL(18,6), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", F.unix_timestamp(F.next_day(F.add_months(col("dt"), lit(1)), "Mon")).alias("c1"), F.when((col("i") != lit(5)), col("i")).when(col("t").isNotNull(), F.levenshtein(col("t"), col("s"))).otherwise((lit(1) * col("i"))).alias("c2")).filter("((t <> 'x-y') OR (s IS NULL))")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c1, c2 FROM rexpr_q ORDER BY c2 ASC NULLS FIRST, id"]
