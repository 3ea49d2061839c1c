from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", expr("date_format(ts, 'yyyy-MM-dd HH:mm:ss.SSS')"), F.from_unixtime(col("i")), (col("d") + (col("d") + col("i"))), expr("(i IN (1))").alias("c4")).filter("(('日本' IS NULL) OR (id <> -2L))")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c4 FROM rexpr_q ORDER BY id"]
