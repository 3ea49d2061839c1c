from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "(i + j) AS c1", "CAST((ts - INTERVAL 1 MONTH) AS BIGINT) AS c2", "(id + CASE WHEN nvl2(dt, (d IS NOT NULL), true) THEN greatest(id, nullif(id, 1L), id) WHEN (ts > TIMESTAMP'1999-12-31 23:59:59.999') THEN nullif(CAST(0 AS BIGINT), 3L) WHEN TRY_CAST(t AS BOOLEAN) THEN (id % nullif(i, 0)) ELSE id END) AS c3", "replace(concat_ws('|', CAST(to_date(date_format(dt, 'dd/MM/yyyy'), 'dd/MM/yyyy') AS STRING), concat_ws('-', s, 'o', CAST(CASE (t <= 'a') WHEN false THEN dt ELSE dt END AS STRING)), t), 'l', 'LL') AS c4").where((col("d") != lit(float("nan"))))
OUTPUT_MODE = "append"
