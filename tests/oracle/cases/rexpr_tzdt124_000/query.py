spark.conf.set("spark.sql.session.timeZone", "Asia/Kolkata")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where(((col("dt") >= F.to_date(lit("2000-01-01"))) | col("s").isNull())).selectExpr("id", "(NOT CAST(k AS BOOLEAN)) AS c1", "((ts - '2024-02-29 23:59:59.5') = INTERVAL '-36' HOUR) AS c2")
OUTPUT_MODE = "append"
