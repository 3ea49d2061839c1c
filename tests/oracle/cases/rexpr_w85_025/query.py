from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, t STRING, j INT, dt DATE, s STRING, b BOOLEAN, i INT, ts TIMESTAMP, d DOUBLE, f FLOAT, m DECIMAL(10,2)").load(INPUT)
result = df.select("id", "f", col("ts").isNull().isNull().alias("c1"), (F.pmod(col("i"), lit(7)) * lit(0)).alias("c2"), (col("i") % F.nullif(lit(5), lit(0))).alias("c3"), expr("year(add_months(CASE WHEN b THEN trunc(dt, 'mon') WHEN (NOT b) THEN CAST(TIMESTAMP'2024-03-01 12:30:00.123456' AS DATE) WHEN contains(t, ' ') THEN dt ELSE dt END, i)) AS c4"), expr("next_day(to_date(date_format(next_day(dt, 'TU'), 'dd/MM/yyyy'), 'dd/MM/yyyy'), 'Mon') AS c5")).filter("(NOT coalesce(c1, false))")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT f, c3 FROM rexpr_q ORDER BY c1 ASC NULLS FIRST, id"]
