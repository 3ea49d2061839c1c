from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(7,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter("((NOT (i != d)) OR (dt <= DATE'2000-01-01'))").select("id", expr("months_between((dt + INTERVAL 1 MONTH), date_trunc('MONTH', CASE WHEN (i >= id) THEN least(ts, ts, ts) END)) AS c1"), F.least(F.date_format(F.ifnull(col("dt"), F.to_date(lit("2024-02-29"))), "dd.MM.yy"), col("t")).alias("c2")).where("coalesce(startswith(c2, ' '), true)")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT * FROM rexpr_q ORDER BY id"]
