spark.conf.set("spark.sql.session.timeZone", "Europe/London")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", expr("CASE WHEN b THEN 0.5 WHEN b THEN m ELSE m END")).withColumn("c2", F.least(expr("(date_trunc('MINUTE', ts) - INTERVAL '-1 00:00:01' DAY TO SECOND)"), col("ts"))).withColumn("c3", expr("CASE WHEN isnan((f * n)) THEN 99.99 END")).withColumn("c4", expr("CAST((TIMESTAMP'1999-12-31 23:59:59.999' - '2024-02-29 23:59:59.5') AS STRING)"))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT t, c1 FROM rexpr_q ORDER BY i DESC NULLS LAST, id"]
