from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, dt DATE, i INT, j INT, m DECIMAL(38,10), d DOUBLE, ts TIMESTAMP, s STRING").json(INPUT)
result = df.where((F.rpad(col("s"), 6, " ").ilike("H%") | (col("ts") < F.to_timestamp(lit("1999-12-31 23:59:59.999"))))).select("id", (-F.instr(F.format_string("%s-%d", col("s"), lit(0).cast("bigint")), "é")).alias("c1"), expr("((d * id) != j)").alias("c2"), (F.coalesce(col("i"), lit(10)) * lit(-1)).alias("c3"), expr("crc32(s)").alias("c4"), expr("CASE WHEN (id >= 3L) THEN nvl(s, 'x-y') ELSE '42' END AS c5")).filter(F.coalesce((~col("s").isin(lit("Hello"), lit("日本"))), lit(True)))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c4 FROM rexpr_q ORDER BY id"]
