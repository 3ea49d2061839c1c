spark.conf.set("spark.sql.session.timeZone", "Australia/Lord_Howe")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, n DECIMAL(5,3), d DOUBLE, m DECIMAL(10,2), k BIGINT, ts TIMESTAMP, s STRING, dt DATE, i INT").json(INPUT)
result = df.selectExpr("id", "CAST((-3.10 IN (0.001)) AS INT) AS c1", "round(round(-3.10, 0), 1) AS c2", "add_months(make_date(2024, 12, 28), i) AS c3", "CAST(next_day(date_add(dateadd(dt, i), i), 'Mon') AS STRING) AS c4")
OUTPUT_MODE = "append"
