from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(12,4), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy("s").agg(expr("round(avg(CASE WHEN b THEN i WHEN (s < 'abc') THEN i WHEN (ts IS NOT NULL) THEN i ELSE i END), 3) AS a1"), expr("max(right(s, 1)) AS a2"), expr("max((m * m * m * m * m)) AS a3"))
OUTPUT_MODE = "update"
