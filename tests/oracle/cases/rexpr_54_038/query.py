from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(9,5), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "last_day(least(dt, dt)) AS c1", "least(dt, add_months(dt, i))", "months_between(ts, dt)", "(i % -4) AS c4")
OUTPUT_MODE = "append"
