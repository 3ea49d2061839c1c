from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, m DECIMAL(38,10), s STRING, ts TIMESTAMP, b BOOLEAN, i INT, k BIGINT, d DOUBLE, j INT, f FLOAT, dt DATE, t STRING").json(INPUT)
result = df.selectExpr("id", "d", "(contains(s, 'H') IS NULL) AS c1", "round(d) AS c2", "last_day(date_add(add_months(add_months(dt, i), (i % nullif(i, 0))), 2)) AS c3", "(f / nullif(5, 0)) AS c4", "sqrt(i) AS c5")
OUTPUT_MODE = "append"
