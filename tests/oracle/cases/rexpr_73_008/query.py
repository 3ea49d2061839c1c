from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(7,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where("(isnull((t <= s)) OR (d IS NOT NULL))").select("id", expr("(second(ts) / 2.0D) AS c1"), (F.nvl2((col("d") - col("i")), F.when(col("s").isNotNull(), F.to_timestamp(lit("1999-12-31 23:59:59.999"))).when((col("s") > lit("abc")), col("ts")).otherwise(F.to_timestamp(lit("2024-02-29 00:00:00"))), F.to_timestamp(lit("1999-12-31 23:59:59.999"))) + expr("INTERVAL -3 DAYS")).alias("c2"), F.greatest((col("id") > lit(1000).cast("bigint")).cast("bigint"), col("id")).alias("c3"))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c2, c1, c3 FROM rexpr_q ORDER BY c2 DESC NULLS LAST, id"]
