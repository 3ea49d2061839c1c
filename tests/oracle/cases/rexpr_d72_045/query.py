from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter((col("t").startswith("H") | (col("ts") >= F.to_timestamp(lit("1999-12-31 23:59:59.999"))))).select("id", "s", expr("last_day(date_from_unix_date(locate(' ', 'Hello', 2))) AS c1"), expr("(round(d) != d) AS c2"), expr("CAST(j AS BIGINT) AS c3"), F.months_between(F.to_timestamp(F.date_format(F.make_timestamp(F.year(col("dt")), F.month(col("dt")), F.dayofmonth(col("dt")), lit(23), lit(59), lit(expr("15.5"))), "dd.MM.yyyy HH:mm:ss.SSSSSS"), "dd.MM.yyyy HH:mm:ss.SSSSSS"), col("ts")).alias("c4"))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c2, s FROM rexpr_q ORDER BY c2 DESC NULLS FIRST, id"]
