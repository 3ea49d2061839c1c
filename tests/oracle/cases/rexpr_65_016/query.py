from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(10,2), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", expr("concat_ws('', CAST(if(b, i, i) AS STRING), s)")).withColumn("c2", expr("rpad(CASE WHEN (b >= ((m = 12.345) OR b)) THEN string(TRY_CAST(m AS BIGINT)) ELSE s END, 8, ' ')")).withColumn("c3", (~col("b")))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT i, b FROM rexpr_q ORDER BY m ASC NULLS LAST, id DESC"]
