from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(20,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where(F.coalesce(F.concat_ws("|", col("s"), col("s"), col("s")).like("H%"), lit(True))).groupBy(expr("(i - 0) AS k1")).agg(expr("max(add_months(CASE WHEN b THEN dt WHEN b THEN dt ELSE DATE'2025-03-01' END, i)) AS a1"), expr("round(avg(((- 2) - abs(i))), 0) AS a2")).filter("a1 IS NOT NULL")
OUTPUT_MODE = "complete"
