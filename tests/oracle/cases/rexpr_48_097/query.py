from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "CASE WHEN b THEN (concat(s, s) ILIKE '_') WHEN b THEN ((d IS NOT NULL) <= (ts IS NOT NULL)) ELSE (s RLIKE '^\\\\s') END AS c1", "nvl2(n, to_date('2024-02-29'), to_date('2023-12-31'))", "CASE WHEN (ts >= TIMESTAMP'1999-12-31 23:59:59.999') THEN s WHEN (NOT b) THEN s WHEN b THEN s ELSE 'abc' END AS c3", "date_trunc('DAY', timestamp_seconds(size(split('a', '-')))) AS c4").filter("(i >= -1)")
OUTPUT_MODE = "append"
