from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(38,10), n DECIMAL(5,3), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "((m - m) / nullif(month(date_trunc('QUARTER', greatest(ts, ts))), 0)) AS c1", "(CAST(i AS BIGINT) + id) AS c2", "make_date(year(dt), 2, 30) AS c3")
OUTPUT_MODE = "append"
