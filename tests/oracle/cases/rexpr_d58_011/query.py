from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, d DOUBLE, j INT, b BOOLEAN, t STRING, ts TIMESTAMP, m DECIMAL(10,2), i INT, dt DATE, s STRING").json(INPUT)
result = df.selectExpr("id", "CASE WHEN (t LIKE '% %') THEN CASE WHEN (id IS NOT NULL) THEN CAST(NULL AS BIGINT) WHEN (t = 'a') THEN id ELSE 1000L END WHEN b THEN least(id, 0L) WHEN (s IS NOT NULL) THEN 1000L ELSE (-2L + id) END AS c1", "(i % nullif(i, 0)) AS c2", "CASE WHEN (NOT (TRY_CAST(d AS INT) BETWEEN 3 AND 10)) THEN date_format(if(b, ts, ts), 'Q') WHEN b THEN left(s, 0) WHEN (CAST(3 AS STRING) ILIKE '_') THEN t ELSE CASE WHEN (i IS NOT NULL) THEN t ELSE s END END AS c3", "date_from_unix_date((- i)) AS c4", "greatest(TIMESTAMP'1999-12-31 23:59:59.999', TIMESTAMP'2024-03-01 12:30:00.123456', ts)").filter((col("d") == lit(0.5)))
OUTPUT_MODE = "append"
