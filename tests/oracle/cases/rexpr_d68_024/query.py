from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, ts TIMESTAMP, t STRING, m DECIMAL(12,4), j INT, b BOOLEAN, n DECIMAL(5,3), s STRING, d DOUBLE, dt DATE, i INT, f FLOAT").json(INPUT)
result = df.select("id", F.round(lit(2.0)).alias("c1"), expr("CAST(make_date(2023, month(next_day(dt, 'wednesday')), 1) AS TIMESTAMP)").alias("c2")).where("(m < 1.25)")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT * FROM rexpr_q ORDER BY c1 ASC NULLS FIRST, id"]
