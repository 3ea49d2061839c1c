spark.conf.set("spark.sql.session.timeZone", "Asia/Kolkata")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "concat(s, s) AS c1", "(id % i) AS c2", "from_unixtime(CASE WHEN b THEN id WHEN b THEN id WHEN (d <= 0.5D) THEN id END) AS c3", "TRY_CAST((d - i) AS BIGINT) AS c4", "trunc(dateadd(dt, 5), 'yy') AS c5").filter("(m IS NOT NULL)")
OUTPUT_MODE = "append"
