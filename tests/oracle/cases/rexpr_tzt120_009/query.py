spark.conf.set("spark.sql.session.timeZone", "Europe/London")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, f FLOAT, m DECIMAL(18,6), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where("(NOT coalesce(((dt < TIMESTAMP'2024-03-01 12:30:00.123456') < (id IS NOT NULL)), false))").selectExpr("id", "(i * 99.99) AS c1", "CAST(instr('Hello', 'a') AS BIGINT) AS c2", "CAST(date_part('days', (coalesce(dt, dt, DATE'2000-01-01') - trunc(to_date('2000-01-01'), 'yy'))) AS INT) AS c3", "(CASE WHEN b THEN i END - (i - i)) AS c4")
OUTPUT_MODE = "append"
