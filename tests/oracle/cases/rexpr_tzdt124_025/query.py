spark.conf.set("spark.sql.session.timeZone", "Asia/Kolkata")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, m DECIMAL(38,10), i INT, n DECIMAL(9,5), j INT, ts TIMESTAMP, d DOUBLE, t STRING, dt DATE, s STRING").json(INPUT)
result = df.filter("(((i - i) IN (10, 10, 2)) OR (t <= '日本'))").select("id", "d", expr("(id - i)").alias("c1"), F.add_months(F.make_date(lit(2024), F.month(col("dt")), F.least(F.dayofmonth(col("dt")), lit(28))), lit(5)).alias("c2"), F.locate(" ", F.trim(expr("CAST(extract(SECOND FROM (ts - ts)) AS STRING)")), 5).alias("c3"), expr("(date_trunc('MONTH', to_timestamp(date_format((TIMESTAMP'2024-02-29 00:00:00' - INTERVAL 72 HOURS), 'yyyy-MM-dd HH:mm'), 'yyyy-MM-dd HH:mm')) - INTERVAL '25:00' HOUR TO MINUTE)").alias("c4"))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c2, c1 FROM rexpr_q ORDER BY c4 ASC NULLS FIRST, id"]
