spark.conf.set("spark.sql.session.timeZone", "America/New_York")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where(col("id").isNotNull()).selectExpr("id", "is_valid_utf8(unhex('C328')) AS c1", "hash((m - m), rtrim(s)) AS c2", "CASE WHEN (d <= -1.5D) THEN dt ELSE dt END")
OUTPUT_MODE = "append"
