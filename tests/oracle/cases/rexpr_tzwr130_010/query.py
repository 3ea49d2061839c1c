spark.conf.set("spark.sql.session.timeZone", "Asia/Kathmandu")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(20,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("b", expr("CASE WHEN isnull(s) THEN exists(map_keys(map_filter(map('a', i, 'b', i), (k, v) -> v > 0)), x -> x = 'a') WHEN (s COLLATE UTF8_BINARY = 'Hello World') THEN b WHEN b THEN b END")).withColumn("c2", expr("zip_with(array(i, 2, 3), array(negative(i), 5), (x, y) -> x * 10 + y)")).withColumn("c3", expr("(- i)")).withColumn("c4", F.coalesce(col("dt"), col("i"))).withColumn("c5", expr("named_struct('x', i, 'y', array(typeof(map(year(dt), nvl(ts, TIMESTAMP'2024-02-29 00:00:00')))))")).select("id", "c2", "c3", "c4", "c5")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c5, c4 FROM rexpr_q ORDER BY c3 DESC NULLS LAST, id"]
