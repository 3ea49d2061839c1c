from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(18,6), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy(F.regexp_like(col("t"), lit("[aeiou]{2}")).isNotNull().alias("k1")).agg(expr("avg(months_between(CASE WHEN (i IS NOT NULL) THEN ts ELSE TIMESTAMP'1999-12-31 23:59:59.999' END, CASE WHEN b THEN dt WHEN b THEN to_date('2025-03-01') WHEN b THEN to_date('2025-03-01') ELSE dt END)) AS a1"), expr("avg(((id / -4) / nullif(size(split('a', ',')), 0))) AS a2"))
OUTPUT_MODE = "update"
