from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(4,1), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", "dt", F.coalesce(col("f"), col("d"), lit(0.5)).alias("c1"), (F.next_day(F.trunc(col("dt"), "WEEK"), "Mon") != F.date_sub(F.nvl(F.to_date(lit("2023-12-31")), F.to_date(lit("2023-12-31"))), col("i"))).alias("c2"), expr("nvl2(0.5D, s, s) AS c3"))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT dt, c1, c2 FROM rexpr_q ORDER BY c2 ASC NULLS LAST, id"]
