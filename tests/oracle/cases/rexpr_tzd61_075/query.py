spark.conf.set("spark.sql.session.timeZone", "America/Los_Angeles")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(18,6), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", F.least(col("ts"), col("ts"), col("ts"))).withColumn("c2", expr("date_trunc('yyyy', ts)")).withColumn("c3", (-col("j"))).withColumn("c4", expr("greatest(ts, coalesce(ts, ts, TIMESTAMP'1999-12-31 23:59:59.999'), ts)")).withColumn("b", expr("(CASE WHEN (dt = DATE'2000-01-01') THEN m WHEN (j >= 10) THEN m WHEN regexp_like(s, '[0-9]+') THEN m END BETWEEN 12.345 AND 99.99)")).withColumn("c6", F.when((F.format_string("%e", col("d")) == F.format_string("%s-%d", col("s"), col("id"))), col("c1")).when(F.regexp_like(col("s"), lit("^[A-Z]")), col("c1")).otherwise(col("ts"))).select("id", "c1", "c2", "c3", "c4", "c6")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c1, c4 FROM rexpr_q ORDER BY id"]
