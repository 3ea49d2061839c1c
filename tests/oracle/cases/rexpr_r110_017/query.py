from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, s STRING, b BOOLEAN, i INT, n DECIMAL(9,5), m DECIMAL(7,0), dt DATE, t STRING, d DOUBLE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "(n / nullif(-4, 0))", "nullif(n, 0.001) AS c2", "date_trunc('SECOND', CASE WHEN b THEN date_trunc('SECOND', TIMESTAMP'1999-12-31 23:59:59.999') ELSE CASE WHEN (dt >= to_date('2023-12-31')) THEN ts WHEN (dt IS NOT NULL) THEN ts ELSE ts END END) AS c3", "datediff(ts, 5) AS c4", "weekday(date_sub(dt, i)) AS c5", "shiftrightunsigned(CAST((i * 0) AS BIGINT), 1) AS c6").where("(c2 = -3.10)")
OUTPUT_MODE = "append"
