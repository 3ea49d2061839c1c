from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, d DOUBLE, s STRING, m DECIMAL(38,10), f FLOAT, ts TIMESTAMP, i INT, dt DATE, b BOOLEAN").load(INPUT)
result = df.where((col("m") == lit(.001).cast("decimal(4,3)"))).select("id", expr("datediff(dt, add_months(dt, i)) AS c1"), expr("add_months(make_date(year(CAST(NULL AS DATE)), 12, least(dayofmonth(CAST(NULL AS DATE)), 28)), 1) AS c2"), expr("dateadd(dt, i) AS c3"))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c1, c3, c2 FROM rexpr_q ORDER BY id"]
