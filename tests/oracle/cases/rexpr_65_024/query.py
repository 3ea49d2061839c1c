from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where("(NOT coalesce(b, false))").groupBy(expr("format_number((id + id), 2) AS k1")).agg(expr("count_if((s >= 'é')) AS a1"), expr("round(avg((abs(d) / nullif(d, 0))), 0) AS a2"))
OUTPUT_MODE = "complete"
