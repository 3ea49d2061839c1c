from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy(expr("coalesce(j, i, 7) AS k1"), col("s").contains(" ").alias("k2")).agg(expr("count_if((NOT regexp_like(format_number(m, 3), '[0-9]+'))) AS a1"), expr("round(avg(CASE WHEN (m < 99.99) THEN n WHEN (t IS NOT NULL) THEN m WHEN (n <= 0.5) THEN m ELSE n END), 3) AS a2"))
OUTPUT_MODE = "update"
