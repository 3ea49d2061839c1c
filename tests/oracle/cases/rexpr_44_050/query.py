from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, m DECIMAL(18,6), ts TIMESTAMP, d DOUBLE, s STRING, f FLOAT, i INT, k BIGINT, dt DATE").load(INPUT)
result = df.select("k", expr("dayofyear(CASE WHEN (ts = TIMESTAMP'2024-03-01 12:30:00.123456') THEN dt WHEN (ts < TIMESTAMP'2024-02-29 00:00:00') THEN dt ELSE dt END)").alias("c1"), expr("concat_ws('-', s, CAST(NULL AS STRING))").alias("c2"), expr("left('x-y', 1)"), expr("concat(lower(get(split(s, '-'), 0)), CAST(CASE WHEN (f IS NOT NULL) THEN dt WHEN (id <= 0L) THEN dt END AS STRING)) AS c4"), expr("CAST(dt AS TIMESTAMP) AS c5")).where("(contains(lower(s), '') OR (-1.5D IS NULL))")
OUTPUT_MODE = "append"
