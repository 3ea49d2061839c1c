spark.conf.set("spark.sql.session.timeZone", "America/New_York")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, j INT, s STRING, k BIGINT, dt DATE, m DECIMAL(18,6), b BOOLEAN, d DOUBLE, t STRING, ts TIMESTAMP, i INT").json(INPUT)
result = df.selectExpr("id", "CASE WHEN b THEN CAST((ts - dt) AS STRING) WHEN b THEN s ELSE t END AS c1", "CAST(j AS DECIMAL(20,0)) AS c2", "add_months(last_day(dt), 1) AS c3")
OUTPUT_MODE = "append"
