spark.conf.set("spark.sql.session.timeZone", "Europe/London")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("to_timestamp(date_format(CASE WHEN b THEN (ts - INTERVAL 1 DAY) ELSE ts END, 'yyyy-MM-dd HH:mm'), 'yyyy-MM-dd HH:mm') AS c1", "(least(i, i) - i) AS c2", "((3.75D / nullif(i, 0)) - (id - d))")
OUTPUT_MODE = "append"
