from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, k BIGINT, t STRING, d DOUBLE, ts TIMESTAMP, dt DATE, s STRING, i INT, n DECIMAL(9,5), m DECIMAL(18,6), j INT").load(INPUT)
result = df.selectExpr("id", "CASE WHEN true THEN dt WHEN (t <= 'é') THEN dt ELSE dt END AS c1", "(coalesce(m, -3.10) - m)", "(10 * 1L) AS c3", "least(ts, TIMESTAMP'1999-12-31 23:59:59.999', ts) AS c4", "next_day(dt, 'wednesday') AS c5").where(col("i").isNotNull())
OUTPUT_MODE = "append"
