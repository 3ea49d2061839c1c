from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", expr("str_to_map(CAST(convert_timezone('Europe/Paris', CAST(try_make_timestamp_ltz(2024, 2, 30, 1, 0, 0) AS TIMESTAMP_NTZ)) AS STRING), ' ', 'l')").alias("c1"), F.weekday(F.add_months(col("dt"), col("i"))).alias("c2"))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c1, c2 FROM rexpr_q ORDER BY id"]
