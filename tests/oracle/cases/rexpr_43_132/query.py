from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(20,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where("(NOT coalesce(TRY_CAST(s AS BOOLEAN), false))").selectExpr("id", "greatest(ts, ts, ts) AS c1", "(id % 7) AS c2", "nullif(CASE WHEN (CASE WHEN b THEN b WHEN (ts IS NOT NULL) THEN (id IS NOT NULL) ELSE (b IS NOT TRUE) END OR (f NOT IN (0.5D, CAST('NaN' AS DOUBLE), 100.0D))) THEN ts WHEN (s <= 'abc') THEN ts ELSE ifnull(ts, TIMESTAMP'1999-12-31 23:59:59.999') END, TIMESTAMP'1999-12-31 23:59:59.999') AS c3").where(col("n").isNotNull())
OUTPUT_MODE = "append"
