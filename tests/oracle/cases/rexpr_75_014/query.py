from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, ts TIMESTAMP, d DOUBLE, s STRING, b BOOLEAN, m DECIMAL(7,0), dt DATE, i INT").load(INPUT)
result = df.selectExpr("id", "d", "CAST(second(if((id <= 1L), timestamp_seconds(i), ts)) AS STRING) AS c1", "date_trunc('MONTH', CASE WHEN (b IS NOT NULL) THEN ts WHEN b THEN CASE WHEN (id < 86400L) THEN ts END ELSE CASE WHEN (ts IS NOT NULL) THEN ts WHEN b THEN TIMESTAMP'1999-12-31 23:59:59.999' WHEN b THEN ts ELSE ts END END) AS c2", "(b != CASE WHEN (id <> 0L) THEN ((m IS NOT NULL) > (i IS NOT NULL)) WHEN (m >= 1.25) THEN (m <= 1.25) WHEN b THEN (d <= 100.0D) ELSE (b <= false) END) AS c3", "(ts - INTERVAL 1 MONTH) AS c4").where((~F.coalesce(col("s").rlike("^[A-Z]"), lit(False))))
OUTPUT_MODE = "append"
