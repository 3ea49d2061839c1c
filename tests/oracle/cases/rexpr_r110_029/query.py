from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter("(nvl2(ceiling(n, -1), (m <> -3.10), false) OR (id > 3L))").select("id", F.zip_with(F.array(col("i"), lit(2), lit(3)), F.array(col("i"), lit(5)), lambda x, y: x * 10 + y).alias("c1"), expr("date_trunc('WEEK', try_make_timestamp_ltz(2024, 2, 30, 1, 0, 0))").alias("c2"), expr("(s > 'x-y') AS c3"), F.date_add(col("dt"), F.array_max(F.array(col("i"), col("i"), lit(3)))).alias("c4"), F.json_array_length(col("t")).alias("c5"))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c2, c4 FROM rexpr_q ORDER BY c4 DESC NULLS FIRST, id"]
