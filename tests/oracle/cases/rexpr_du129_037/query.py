from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(20,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where(F.coalesce(expr("exists(map_keys(map_filter(map('a', i, 'b', i), (k, v) -> v > 0)), x -> x = 'a')"), lit(True))).select("id", F.zip_with(F.array(F.abs(F.getbit(F.abs(col("i")) % 100, lit(0))), lit(2), lit(3)), F.array(expr("ascii(char((i % nullif(i, 0))))"), lit(5)), lambda x, y: x * 10 + y).alias("c1"), expr("to_json(from_xml('<ROW><a>' || locate(' ', s, 1) || '</a><b>' || s || '</b></ROW>', 'a INT, b STRING'))").endswith("").alias("c2"), expr("xpath('<a><b>x</b><b>' || json_array_length(s) || '</b></a>', 'a/b/text()')"), expr("((id - 1000L) DIV 2)").alias("c4"), F.nullif(col("ts"), F.to_timestamp(lit("2024-02-29 00:00:00"))).alias("c5"))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c5, c4, c2 FROM rexpr_q ORDER BY c2 DESC NULLS LAST, id DESC"]
