from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("lpad(lpad(t, 6, 'é'), 8, 'ab') AS c1", "day(dt) AS c2", "(3L - CAST(ts AS DOUBLE))", "CASE WHEN (id = -2L) THEN i WHEN true THEN CASE WHEN (t <> '42') THEN i WHEN (d < 0.5D) THEN i WHEN (m < 100BD) THEN i ELSE j END ELSE i END AS c4", "(m - (3.75D + i)) AS c5")
OUTPUT_MODE = "append"
