spark.conf.set("spark.sql.session.timeZone", "Pacific/Chatham")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(20,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", "dt", expr("endswith(s, 'é')").alias("c1"), expr("CASE WHEN (id != i) THEN CASE WHEN (s IS NOT NULL) THEN m WHEN (dt IS NOT NULL) THEN m ELSE m END ELSE n END").alias("c2"), F.date_trunc("MINUTE", col("ts")).alias("c3"))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c1, c2 FROM rexpr_q ORDER BY c1 ASC NULLS FIRST, id"]
