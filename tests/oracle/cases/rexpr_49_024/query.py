from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(18,6), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", expr("CAST(CASE WHEN (ts IS NOT NULL) THEN (i + i) ELSE i END AS TIMESTAMP) AS c1"), expr("CAST(i AS BOOLEAN)").alias("c2"), expr("CASE WHEN ifnull(b, false) THEN next_day(least(dt, dt), 'wednesday') WHEN CASE WHEN b THEN (t LIKE '_') WHEN b THEN endswith(t, 'H') END THEN dt WHEN b THEN dt ELSE nullif(date_sub(DATE'2023-12-31', i), to_date('2000-01-01')) END AS c3"), expr("nullif(id, 1000L)").alias("c4"), expr("CASE WHEN CAST(i AS BOOLEAN) THEN 1000L WHEN b THEN CAST(NULL AS BIGINT) WHEN isnan(3.75D) THEN id ELSE nullif(id, 3L) END").alias("c5"))
OUTPUT_MODE = "append"
