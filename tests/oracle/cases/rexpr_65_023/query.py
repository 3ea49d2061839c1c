from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "(id % nullif(i, 0)) AS c1", "CAST(b AS INT) AS c2", "CASE WHEN (d IS NOT NULL) THEN j END AS c3").filter("(coalesce((id IS NOT NULL), true) OR (c3 IS NULL))")
OUTPUT_MODE = "append"
