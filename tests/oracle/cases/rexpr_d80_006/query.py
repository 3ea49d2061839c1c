from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter("(coalesce(b, true) OR (t <= 'é'))").selectExpr("id", "j", "(id * 2)", "CASE WHEN b THEN j ELSE j END", "CAST(j AS BIGINT) AS c3", "(d - i)", "CASE WHEN (ts IS NOT NULL) THEN n WHEN (i IS NOT NULL) THEN m WHEN b THEN m ELSE n END AS c5")
OUTPUT_MODE = "append"
