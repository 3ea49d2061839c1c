from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", expr("timestamp_micros(CAST(ascii(s) AS BIGINT) * 1000000000L)")).withColumn("c2", expr("hmac('k', date_format(dt, 'HH:mm:ss'), 'SHA256')")).withColumn("c3", expr("array_insert(array(i, i), 5, 9)")).withColumn("c4", expr("(hash(nullifzero(3), (m <= 12.345)) = atanh(d / 2000))"))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT ts, j FROM rexpr_q ORDER BY d ASC NULLS FIRST, id"]
