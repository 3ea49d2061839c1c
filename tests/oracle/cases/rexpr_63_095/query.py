from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(7,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy(expr("(lpad(s, 8, 'ab') ILIKE '_') AS k1")).agg(expr("max(d) AS a1"), expr("count(lcase(if((s <= 'Hello'), s, s))) AS a2"), expr("round(avg((f * CASE WHEN (i <= 0) THEN d WHEN b THEN d WHEN (b IS NOT TRUE) THEN 0.5D ELSE 0.1D END)), 3) AS a3"))
OUTPUT_MODE = "update"
