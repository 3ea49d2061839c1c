from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(20,0), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "coalesce(dt, i) AS c1", "date_format(CASE WHEN nvl2(isnull(ts), (id > 3L), true) THEN ts WHEN (7 < i) THEN TIMESTAMP'1999-12-31 23:59:59.999' ELSE greatest(ts, ts, ts) END, 'MMM d, yyyy') AS c2", "CASE WHEN (next_day(dt, 'wednesday') IS NULL) THEN id WHEN (ts > TIMESTAMP'2024-02-29 00:00:00') THEN TRY_CAST(m AS BIGINT) WHEN true THEN id ELSE id END AS c3", "right(t, 1) AS c4", "(i * 1.25)", "(id % nullif(i, 0)) AS c6").where((F.isnan(lit(0.5)) | (col("c6") == lit(1).cast("bigint"))))
OUTPUT_MODE = "append"
