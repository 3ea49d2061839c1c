from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("nullif(nullif(m, 0.001), 12.345) AS c1", "trunc(dt, 'MM') AS c2", "abs(year(date_trunc('yyyy', ts))) AS c3", "(nvl2(rpad(t, 3, ' '), id, 1000L) / nullif(i, 0)) AS c4")
OUTPUT_MODE = "append"
