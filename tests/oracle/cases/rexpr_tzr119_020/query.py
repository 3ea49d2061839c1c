spark.conf.set("spark.sql.session.timeZone", "Asia/Tokyo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "(i - d) AS c1", "nvl2((1000L % -4), CASE WHEN (n < 12.345) THEN id WHEN b THEN id END, 1L) AS c2", "string(id)", "(d + d) AS c4")
OUTPUT_MODE = "append"
