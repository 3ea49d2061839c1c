from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(20,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "add_months(add_months(dt, i), i) AS c1", "CASE WHEN (d > 2.0D) THEN months_between(dateadd(dt, i), dt) ELSE round(abs(d), 2) END AS c2", "CAST(make_date(2023, month(dt), 28) AS TIMESTAMP) AS c3", "(to_date('2000-01-01') - INTERVAL -10 DAYS) AS c4")
OUTPUT_MODE = "append"
