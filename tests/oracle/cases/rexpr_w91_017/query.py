from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, dt DATE, b BOOLEAN, f FLOAT, s STRING, ts TIMESTAMP, n DECIMAL(5,3), d DOUBLE, k BIGINT, i INT, m DECIMAL(38,10), t STRING").load(INPUT)
result = df.where("((i IS NULL) OR (k >= -2L))").groupBy(expr("date_add(CASE WHEN (f < 2.0D) THEN DATE'2000-01-01' WHEN b THEN dt WHEN (m > -3.10) THEN DATE'2025-03-01' END, hour(ts)) AS k1")).agg(expr("sort_array(collect_set(quarter(nullif(dt, to_date('2025-03-01'))))) AS a1"), F.datediff(F.max(F.make_date(lit(2024), F.pmod(col("i"), lit(12)) + lit(1), lit(1))), F.min(F.make_date(lit(2024), F.pmod(col("i"), lit(12)) + lit(1), lit(1)))).alias("a2"))
OUTPUT_MODE = "update"
