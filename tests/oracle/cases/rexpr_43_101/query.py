from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(9,5), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("last_day(CASE WHEN (ts IS NOT NULL) THEN dt WHEN (id >= 86400L) THEN dt WHEN (k IS NOT NULL) THEN dt ELSE dt END) AS c1", "date_trunc('SECOND', to_timestamp(date_format(ts, 'yyyy-MM-dd HH:mm:ss'), 'yyyy-MM-dd HH:mm:ss')) AS c2", "ceiling((n + m), 1)", "nvl(((id <> 3L) OR (k <> 1L)), false) AS c4")
OUTPUT_MODE = "append"
