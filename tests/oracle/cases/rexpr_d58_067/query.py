from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(9,5), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", expr("length(replace(s, 'l', 'LL'))")).withColumn("c2", expr("make_timestamp(year(dt), month(dt), dayofmonth(dt), 12, 59, 0)"))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c2, d, ts FROM rexpr_q ORDER BY dt DESC NULLS LAST, id"]
