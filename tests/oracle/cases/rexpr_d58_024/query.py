from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(12,4), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "(id - abs((i - i))) AS c1", "CASE WHEN (b OR b) THEN id WHEN regexp_like('o', '^[A-Z]') THEN id ELSE TRY_CAST(t AS BIGINT) END", "weekofyear(date_sub(add_months(CASE WHEN b THEN dt WHEN b THEN dt WHEN b THEN dt ELSE dt END, 3), 1)) AS c3", "CASE WHEN (t != s) THEN i WHEN CASE WHEN b THEN b END THEN -4 ELSE (i - i) END")
OUTPUT_MODE = "append"
