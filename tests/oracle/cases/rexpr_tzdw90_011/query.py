spark.conf.set("spark.sql.session.timeZone", "Australia/Adelaide")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", expr("CAST((least(ts, ts, TIMESTAMP'2024-03-01 12:30:00.123456') - INTERVAL 1 MONTH) AS STRING) AS c1"), expr("('-1' * CAST((d / 3.0D) AS DOUBLE)) AS c2"), expr("add_months(make_date(2024, month(dt), least(dayofmonth(dt), 28)), i) AS c3"), (col("n") * (lit(0) * col("i"))))
OUTPUT_MODE = "append"
