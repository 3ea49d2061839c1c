from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, m DECIMAL(18,6), s STRING, t STRING, i INT, ts TIMESTAMP, n DECIMAL(5,3), f FLOAT, b BOOLEAN, j INT, dt DATE, d DOUBLE").json(INPUT)
result = df.filter("coalesce(forall(split(CASE WHEN (m = -3.10) THEN t ELSE format_number(f, 2) END, ' '), x -> x = ''), true)").selectExpr("id", "((nullif(ts, TIMESTAMP'2024-03-01 12:30:00.123456') + INTERVAL '90' MINUTE) < date_add(trunc(dt, 'YEAR'), try_multiply(j, j))) AS c1", "try_to_date(s)", "(d / i) AS c3")
OUTPUT_MODE = "append"
