from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, s STRING, i INT, ts TIMESTAMP, m DECIMAL(10,2), d DOUBLE, k BIGINT, b BOOLEAN, dt DATE, j INT").load(INPUT)
result = df.where("((length(CASE WHEN b THEN 'a' WHEN b THEN s ELSE s END) IS NOT NULL) OR (ts > TIMESTAMP'1999-12-31 23:59:59.999'))").withColumn("c1", expr("ceil(CASE WHEN abs(round(d, 3)) < 1e9D THEN round(d, 3) END)")).withColumn("c2", F.date_sub(F.last_day(F.to_date(lit("2025-03-01"))), F.pmod(col("i"), lit(-4)))).filter("(dt < to_date('2025-03-01'))")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT * FROM rexpr_q ORDER BY ts ASC NULLS FIRST, id"]
