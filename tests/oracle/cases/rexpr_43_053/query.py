from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, ts TIMESTAMP, i INT, s STRING, t STRING, dt DATE, m DECIMAL(38,10), b BOOLEAN, d DOUBLE, j INT").json(INPUT)
result = df.filter(col("m").isNotNull()).selectExpr("id", "CASE WHEN contains(t, 'H') THEN CAST((i - i) AS TIMESTAMP) ELSE ts END AS c1", "(m = i) AS c2", "CASE WHEN ((i + 1) IS NOT NULL) THEN b WHEN true THEN (ts IS NOT NULL) WHEN ((d - 3.75D) != m) THEN ((b OR b) AND (2.0D BETWEEN CAST('NaN' AS DOUBLE) AND 0.5D)) ELSE (ts <= TIMESTAMP'2024-03-01 12:30:00.123456') END AS c3", "make_date(2024, i, 1) AS c4", "ascii(format_string('[%5s|%-4d]', sha2(t, 256), pmod((id DIV nullif(j, 0)), 3))) AS c5").filter("((c2 OR c3) OR (c5 IS NOT NULL))")
OUTPUT_MODE = "append"
