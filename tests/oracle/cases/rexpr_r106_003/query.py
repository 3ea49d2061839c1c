from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, b BOOLEAN, t STRING, dt DATE, m DECIMAL(12,4), ts TIMESTAMP, n DECIMAL(4,1), d DOUBLE, i INT, s STRING, f FLOAT").load(INPUT)
result = df.filter((col("b") | (col("f") >= lit(2.0)))).withColumn("t", expr("CAST(make_dt_interval(i) + make_dt_interval(0, -1) AS STRING)")).withColumn("c2", F.to_timestamp_ntz(F.upper(col("s"))).cast('string')).select("id", "c2").filter((col("f") < lit(0.001)))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c2 FROM rexpr_q ORDER BY id DESC"]
