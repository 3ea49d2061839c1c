from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(18,6), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where("(NOT coalesce((t != 'o'), false))").select("id", "t", F.size(F.split(F.current_catalog(), " ")).alias("c1"), F.to_timestamp(F.date_format(expr("convert_timezone('America/Los_Angeles', 'UTC', CAST(i AS TIMESTAMP))"), "yyyy-MM-dd HH:mm"), "yyyy-MM-dd HH:mm").alias("c2"))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c1 FROM rexpr_q ORDER BY c1 ASC NULLS FIRST, id"]
