from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", expr("sentences(s)")).withColumn("c2", expr("trunc(trunc(sequence(dt, date_add(dt, 3), INTERVAL 1 DAY)[1], 'Q'), 'Q')")).select("id", "c1", "c2")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c1, c2 FROM rexpr_q ORDER BY c2 ASC NULLS FIRST, id"]
