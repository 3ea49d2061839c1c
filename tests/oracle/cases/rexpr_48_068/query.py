from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(9,5), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "((id + id) - ((10 % nullif(i, 0)) - id)) AS c1", "greatest((i + m), (m - i)) AS c2", "locate('l', concat(s, s, t), 2) AS c3", "CASE WHEN (s LIKE '%e') THEN replace(s, ' ', '') WHEN (j IS NOT NULL) THEN string(CAST(if((i < 1), CAST(NULL AS DATE), dt) AS TIMESTAMP)) ELSE format_string('%s', d) END AS c4")
OUTPUT_MODE = "append"
