spark.conf.set("spark.sql.session.timeZone", "America/New_York")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, d DOUBLE, f FLOAT, n DECIMAL(5,3), s STRING, m DECIMAL(38,10), k BIGINT, j INT, b BOOLEAN, i INT, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", expr("date_trunc('HOUR', timestamp_millis(CASE WHEN false THEN i ELSE (i - i) END))").alias("c1"), expr("next_day(trunc(dt, 'WEEK'), 'fri')").alias("c2"), F.trunc((F.add_months(F.date_add(col("dt"), lit(2)), col("i")) + expr("INTERVAL '1-1' YEAR TO MONTH")), "MM").alias("c3"))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c3, c1, c2 FROM rexpr_q ORDER BY c1 ASC NULLS FIRST, id"]
