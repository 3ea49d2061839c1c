from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter("(NOT coalesce((s <=> ''), false))").groupBy(expr("sqrt(d) AS k1")).agg(expr("count_if(b) AS a1"), expr("count(to_date('2000-01-01')) AS a2"))
OUTPUT_MODE = "complete"
