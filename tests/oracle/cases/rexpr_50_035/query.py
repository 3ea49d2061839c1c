from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(5,3), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", expr("(NOT ((ts IS NOT NULL) OR (id <> 0L)))").alias("c1"), expr("quarter(last_day(to_date(date_format(dt, 'dd/MM/yyyy'), 'dd/MM/yyyy')))").alias("c2"), F.date_trunc("SECOND", F.least(col("ts"), col("ts"))).alias("c3"))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c1 FROM rexpr_q ORDER BY id"]
