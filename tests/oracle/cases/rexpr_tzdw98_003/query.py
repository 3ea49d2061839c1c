spark.conf.set("spark.sql.session.timeZone", "Australia/Lord_Howe")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, dt DATE, n DECIMAL(5,3), d DOUBLE, b BOOLEAN, i INT, m DECIMAL(18,6), s STRING, ts TIMESTAMP").load(INPUT)
result = df.where((col("m") <= expr("-3.10"))).selectExpr("id", "trunc(to_date(ts), 'mon') AS c1", "nvl2(add_months(dt, i), n, 0.5) AS c2", "lower(sha2(coalesce(CASE WHEN b THEN s WHEN b THEN s WHEN b THEN s END, 'x-y'), 0)) AS c3").where("(((n * n) IS NOT NULL) OR (s IS NOT NULL))")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c2, c1 FROM rexpr_q ORDER BY c2 ASC NULLS LAST, id DESC"]
