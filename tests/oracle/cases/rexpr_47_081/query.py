from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", expr("isnull(day(nullif(add_months(dt, i), to_date('2025-03-01')))) AS c1"), expr("CAST(((i - i) - datediff(dt, dt)) AS TIMESTAMP) AS c2"), expr("pmod(CASE WHEN b THEN nvl(id, 1L) ELSE id END, nullif(char_length(s), 0))").alias("c3"))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c3 FROM rexpr_q ORDER BY id"]
