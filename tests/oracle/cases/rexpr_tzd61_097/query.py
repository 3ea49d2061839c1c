spark.conf.set("spark.sql.session.timeZone", "America/Los_Angeles")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "n", "CAST(n AS DOUBLE) AS c1", "(n * i) AS c2", "CAST(date_sub(date_from_unix_date(0), i) AS TIMESTAMP) AS c3")
OUTPUT_MODE = "append"
