spark.conf.set("spark.sql.session.timeZone", "America/New_York")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(9,5), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter("(s IS NOT NULL)").select("id", (col("s") > F.rpad(lit(7).cast("string"), 0, " ")).alias("c1"), expr("nvl(ts, TIMESTAMP'2024-03-01 12:30:00.123456')").alias("c2"), expr("date_format(TIMESTAMP'2024-03-01 12:30:00.123456', 'yyyyMMdd') AS c3"), expr("((1.25 / nullif(m, 0)) - (-1 * 0))").alias("c4"))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c1, c2 FROM rexpr_q ORDER BY c3 ASC NULLS LAST, id"]
