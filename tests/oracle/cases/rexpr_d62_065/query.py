from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, t STRING, s STRING, n DECIMAL(20,0), m DECIMAL(7,0), i INT, b BOOLEAN, d DOUBLE, dt DATE, ts TIMESTAMP, f FLOAT").load(INPUT)
result = df.filter(F.coalesce(F.isnull(col("ts")), lit(True))).withColumn("s", expr("concat_ws(', ', 'a', greatest(s, t, t), regexp_extract(s, '([A-Za-z]+) ([A-Za-z]+)', 2))")).withColumn("c2", F.split(col("s"), " ")[2]).withColumn("c3", expr("atan2(d, f)"))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c3 FROM rexpr_q ORDER BY s DESC NULLS LAST, id"]
