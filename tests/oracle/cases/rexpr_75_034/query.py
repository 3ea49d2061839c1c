from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, m DECIMAL(7,0), k BIGINT, t STRING, n DECIMAL(5,3), s STRING, j INT, b BOOLEAN, dt DATE, ts TIMESTAMP, i INT, d DOUBLE").load(INPUT)
result = df.selectExpr("id", "j", "TRY_CAST(left(s, 4) AS BIGINT) AS c1", "if((NOT (TIMESTAMP'1999-12-31 23:59:59.999' >= date_add(dt, i))), CASE WHEN (concat_ws('|', s, t) > s) THEN dt WHEN CASE WHEN b THEN (ts > TIMESTAMP'2024-03-01 12:30:00.123456') WHEN b THEN (m IS NOT NULL) WHEN b THEN b ELSE b END THEN CASE WHEN b THEN dt WHEN b THEN dt ELSE dt END WHEN b THEN dt ELSE dt END, dt) AS c2", "greatest((d - 0.5D), (i / nullif(d, 0)))").where((lit(1).cast("boolean") | (col("n") <= lit(-3.10).cast("decimal(3,2)")).isNull()))
OUTPUT_MODE = "append"
