from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, s STRING, i INT, j INT, m DECIMAL(12,4), f FLOAT, b BOOLEAN, ts TIMESTAMP, d DOUBLE, dt DATE").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT TRY_CAST((m * m) AS INT) AS k1, TRY_CAST(dayofmonth(DATE'2000-01-01') AS INT) AS k2, sort_array(collect_set(CASE WHEN (f <= m) THEN i WHEN CASE WHEN b THEN b WHEN b THEN b END THEN (i + 10) WHEN b THEN (- 1) END)) AS a1, (max(CASE WHEN (d <=> m) THEN i WHEN (id = 1000L) THEN i WHEN b THEN pmod(i, nullif(weekofyear(dt), 0)) ELSE i END) - min(CASE WHEN (d <=> m) THEN i WHEN (id = 1000L) THEN i WHEN b THEN pmod(i, nullif(weekofyear(dt), 0)) ELSE i END)) AS a2 FROM src GROUP BY TRY_CAST((m * m) AS INT), TRY_CAST(dayofmonth(DATE'2000-01-01') AS INT)")
OUTPUT_MODE = "update"
