from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter(F.coalesce(col("b"), lit(True))).select("id", "m", expr("CASE WHEN b THEN m WHEN b THEN m WHEN b THEN 0.001 END AS c1"), expr("from_json('{\"k\": ' || rint(CASE WHEN (m >= 0.001) THEN n ELSE n END) || '}', 'MAP<STRING, DOUBLE>')").alias("c2"), F.date_add(F.ifnull(expr("element_at(array_sort(array(dt, dt, DATE'2024-02-29')), 1)"), F.to_date(lit("2000-01-01"))), col("i")).alias("c3"), F.json_tuple(F.to_json(F.struct(F.regexp_instr(col("t"), lit('([a-z])([a-z])'), 2).alias('a'), F.from_unixtime(col("id"), "yyyy-MM-dd HH:mm:ss").alias('b'))), 'a', 'b', 'zz'), expr("try_multiply(cot(nullif(map_values(map('x', d))[0], 0)), sign(n)) AS c5"))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c5 FROM rexpr_q ORDER BY c5 ASC NULLS FIRST, id DESC"]
