from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, b BOOLEAN, j INT, m DECIMAL(38,10), d DOUBLE, i INT, dt DATE, t STRING, ts TIMESTAMP, k BIGINT, s STRING").load(INPUT)
result = df.select("id", expr("CAST(positive(i) AS TIMESTAMP) AS c1"), expr("repeat(CAST(d AS STRING), 0) AS c2"), expr("is_valid_utf8(unhex('C328'))").alias("c3"), expr("TRY_CAST('' AS TIMESTAMP) AS c4"), F.str_to_map(col("b").cast("string"), lit(' '), lit('l')).alias("c5")).filter("(NOT coalesce((i != d), false))")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c1, c4 FROM rexpr_q ORDER BY id"]
