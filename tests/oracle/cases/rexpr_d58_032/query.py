from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "(date_trunc('QUARTER', to_timestamp(date_format(ts, 'yyyy-MM-dd HH:mm:ss'), 'yyyy-MM-dd HH:mm:ss')) + INTERVAL '90' MINUTE) AS c1", "ceil(CASE WHEN abs(try_divide(CASE WHEN (j != 0.5) THEN d WHEN (b < (NOT b)) THEN (d / nullif(d, 0)) ELSE d END, 1e300D)) < 1e9D THEN try_divide(CASE WHEN (j != 0.5) THEN d WHEN (b < (NOT b)) THEN (d / nullif(d, 0)) ELSE d END, 1e300D) END) AS c2", "greatest(d, d) AS c3", "(isnan(d) AND b) AS c4")
OUTPUT_MODE = "append"
