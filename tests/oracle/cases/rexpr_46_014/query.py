from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(18,6), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("b", "quarter(coalesce(DATE'2025-03-01', DATE'2000-01-01')) AS c1", "concat(s, CASE WHEN (id >= i) THEN date_format(date_trunc('QUARTER', ts), 'a h:mm') WHEN (d BETWEEN -1.5D AND 0.1D) THEN t ELSE repeat(s, 3) END) AS c2").filter("(endswith(regexp_replace(c2, '[0-9]+', '#'), 'a') OR (b IS NOT TRUE))")
OUTPUT_MODE = "append"
