spark.conf.set("spark.sql.session.timeZone", "Asia/Kolkata")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, k BIGINT, n DECIMAL(20,0), d DOUBLE, s STRING, t STRING, m DECIMAL(18,6), dt DATE, ts TIMESTAMP, i INT, j INT").load(INPUT)
result = df.selectExpr("id", "CASE WHEN (i IN (2, 2)) THEN CASE WHEN false THEN k END WHEN (false AND (s IS NOT NULL)) THEN k ELSE 3L END AS c1", "CASE WHEN (i IS NOT NULL) THEN n ELSE n END AS c2").filter("(((j <> 3) OR (j = 5)) OR (t < ''))")
OUTPUT_MODE = "append"
