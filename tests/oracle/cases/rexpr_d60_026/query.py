from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(18,6), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("s", "(-1 - 0)", "(((0 - id) / nullif(d, 0)) * (id - 86400L)) AS c2", "CASE WHEN b THEN 1 WHEN ((100BD + m) IS NOT NULL) THEN i ELSE (i - i) END AS c3", "TRY_CAST(CASE WHEN b THEN j ELSE i END AS INT) AS c4")
OUTPUT_MODE = "append"
