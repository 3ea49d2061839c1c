from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(10,2), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", F.json_tuple(F.to_json(F.struct(col("i").alias('a'), expr("CAST(make_dt_interval(5) + make_dt_interval(0, i) AS STRING)").alias('b'))), 'a', 'b', 'zz'), expr("xpath_boolean('<a><b>' || i || '</b></a>', 'a/b = 7')").alias("c2"), (col("m") / F.nullif(col("m"), lit(0))).alias("c3"), expr("xpath('<a><b>x</b><b>' || (- instr(s, 'é')) || '</b></a>', 'a/b/text()')").alias("c4"), F.array_repeat(F.to_csv(F.struct((lit(3) * lit(2)).alias('a'), expr("to_char(encode(s, 'utf-8'), 'hex')").alias('b'))), F.abs(col("i")) % 3).alias("c5"), F.coalesce(F.when(F.map_contains_key(F.create_map(col("i"), lit('a'), lit(3), lit('b')), 3), col("dt")).otherwise(F.last_day(F.to_date(lit("2023-12-31")))), F.to_date(lit("2023-12-31"))).alias("c6"))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c2, c4, c3 FROM rexpr_q ORDER BY id"]
