from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, ts TIMESTAMP, i INT, b BOOLEAN, j INT, s STRING, dt DATE, d DOUBLE, k BIGINT, m DECIMAL(12,4), n DECIMAL(20,0)").json(INPUT)
result = df.filter("(NOT coalesce((j >= -2L), false))").withColumn("c1", col("i").between(lit(5), lit(2))).withColumn("c2", expr("sentences('Hello there. How are you? ' || least(to_json(arrays_zip(array(i, 2), array(s))), xpath_string('<a><b>' || replace(replace('a', '<', ''), '&', '') || '</b></a>', 'a/b'), format_number(n, 3)), 'en', 'US')")).withColumn("c3", expr("negative(asinh(j))")).withColumn("c4", (col("n") / F.nullif(expr("0.001"), lit(0))).try_cast("int")).select("id", "c1", "c2", "c3", "c4")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c3 FROM rexpr_q ORDER BY id"]
