from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, ts TIMESTAMP, i INT, s STRING, b BOOLEAN, f FLOAT, m DECIMAL(18,6), d DOUBLE, n DECIMAL(9,5), dt DATE, j INT").load(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT j AS k1, sort_array(collect_set((i + i))) AS a1, (max(coalesce(i, 1)) - min(coalesce(i, 1))) AS a2, round(avg(f), 0) AS a3, sum(CASE WHEN b THEN n ELSE 0 END) AS a4 FROM src GROUP BY j ORDER BY k1")
OUTPUT_MODE = "complete"
ORDERED = True
