from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, d DOUBLE, s STRING, i INT, m DECIMAL(38,10), b BOOLEAN, ts TIMESTAMP, dt DATE").load(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT CASE WHEN (100 IN (3, -1, -1)) THEN dt WHEN (id != m) THEN nullif(dt, to_date('2000-01-01')) WHEN (m >= 0.5) THEN dt ELSE nvl(DATE'2023-12-31', DATE'2023-12-31') END AS k1, bool_and((d BETWEEN 0.001D AND 100.0D)) AS a1, avg(CASE WHEN b THEN 100.0D WHEN (ts IS NOT NULL) THEN d WHEN (s <= 'abc') THEN d END) AS a2, count_if((m <= 100)) AS a3 FROM src GROUP BY CASE WHEN (100 IN (3, -1, -1)) THEN dt WHEN (id != m) THEN nullif(dt, to_date('2000-01-01')) WHEN (m >= 0.5) THEN dt ELSE nvl(DATE'2023-12-31', DATE'2023-12-31') END ORDER BY k1")
OUTPUT_MODE = "complete"
ORDERED = True
