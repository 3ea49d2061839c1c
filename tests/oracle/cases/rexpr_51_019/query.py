from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, b BOOLEAN, s STRING, m DECIMAL(38,10), f FLOAT, dt DATE, ts TIMESTAMP, d DOUBLE, k BIGINT").load(INPUT)
result = df.selectExpr("id", "(m / -4) AS c1", "coalesce(CAST(i AS TIMESTAMP), date_trunc('WEEK', ts), TIMESTAMP'1999-12-31 23:59:59.999') AS c2", "(f / 2.0D) AS c3", "CASE WHEN b THEN CASE WHEN ('abc' < s) THEN i WHEN b THEN TRY_CAST(i AS INT) ELSE i END WHEN (3L <= 0.1D) THEN abs(nvl2((k <> -2L), i, 10)) END AS c4").where("((m IN (1.25, 0.001, -3.10)) OR (dt <> to_date('2025-03-01')))")
OUTPUT_MODE = "append"
