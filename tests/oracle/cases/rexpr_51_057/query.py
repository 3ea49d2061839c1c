from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(38,10), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "format_string('[%5s|%-4d]', t, 86400L) AS c1", "((i - i) + nullif(i, 3)) AS c2", "((m * n) * ceiling(n)) AS c3", "TRY_CAST(greatest((CASE WHEN b THEN id ELSE id END % 2), id, (-2L - i)) AS INT) AS c4", "ltrim(t)")
OUTPUT_MODE = "append"
