from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "ts", "(date_trunc('QUARTER', ts) + INTERVAL 36 HOURS) AS c1", "CASE WHEN (repeat(t, 2) LIKE '% %') THEN regexp_extract(s, '^(\\\\S*)', 1) WHEN (dt > DATE'2025-03-01') THEN CASE WHEN b THEN s WHEN b THEN t WHEN b THEN t ELSE t END ELSE nullif(nullif(s, 'abc'), 'Hello') END AS c2", "ltrim(concat(t, format_string('%s', d), s)) AS c3")
OUTPUT_MODE = "append"
