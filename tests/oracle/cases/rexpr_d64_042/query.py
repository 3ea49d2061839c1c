from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy(expr("extract(DAY FROM CASE WHEN (i IS NOT NULL) THEN DATE'2024-02-29' WHEN (ts IS NOT NULL) THEN dt ELSE dt END) AS k1"), expr("make_date(2024, month(dt), least(dayofmonth(dt), 28)) AS k2")).agg(F.max(F.last_day(col("dt"))).alias("a1"), F.datediff(F.max(F.greatest(col("dt"), col("dt"))), F.min(F.greatest(col("dt"), col("dt")))).alias("a2"), F.sort_array(F.collect_set(col("j"))).alias("a3"))
OUTPUT_MODE = "update"
