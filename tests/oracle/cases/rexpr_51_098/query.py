from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(18,6), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where("(ts <= TIMESTAMP'2024-03-01 12:30:00.123456')").selectExpr("id", "j", "months_between((date_trunc('WEEK', (ts + INTERVAL '1 02:03:04.000005' DAY TO SECOND)) + INTERVAL 36 HOURS), DATE'2023-12-31') AS c1", "add_months(dt, 0) AS c2").where((col("b") | col("dt").isNull()))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT * FROM rexpr_q ORDER BY c1 ASC NULLS LAST, id"]
