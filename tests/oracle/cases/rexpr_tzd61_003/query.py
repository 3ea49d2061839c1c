spark.conf.set("spark.sql.session.timeZone", "America/Los_Angeles")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(38,10), n DECIMAL(20,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter("(NOT coalesce((s <> 'x-y'), false))").selectExpr("id", "bround(ceiling(m, 1), -1) AS c1", "(id - id)", "(CASE WHEN (id IS NOT NULL) THEN ts WHEN b THEN TIMESTAMP'2024-02-29 00:00:00' WHEN (i IS NOT NULL) THEN ts ELSE ts END + INTERVAL 36 HOURS) AS c3")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT * FROM rexpr_q ORDER BY id"]
