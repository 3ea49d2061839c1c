spark.conf.set("spark.sql.session.timeZone", "America/New_York")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, f FLOAT, ts TIMESTAMP, dt DATE, s STRING, t STRING, m DECIMAL(18,6), i INT, d DOUBLE").load(INPUT)
result = df.withColumn("c1", (~F.hash(F.nullif(col("ts"), F.to_timestamp(lit("2024-02-29 00:00:00")))).isin(lit(-1)))).withColumn("c2", expr("regexp_extract(t, '([0-9]+)', 1)")).drop("f", "dt", "s", "t", "m", "d").where((~F.coalesce(expr("((ts - ts) = INTERVAL '23:59' HOUR TO MINUTE)"), lit(False))))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT ts, c2 FROM rexpr_q ORDER BY i ASC NULLS LAST, id"]
