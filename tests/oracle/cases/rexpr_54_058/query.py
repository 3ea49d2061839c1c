from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, t STRING, d DOUBLE, f FLOAT, j INT, ts TIMESTAMP, m DECIMAL(10,2), s STRING, b BOOLEAN, dt DATE, i INT").json(INPUT)
result = df.selectExpr("id", "bround(nullif(floor(m), 0.5), 1) AS c1", "get(split(upper(rpad(CASE WHEN b THEN 'é' WHEN b THEN t ELSE t END, 3, '*')), '  *'), 2) AS c2", "TRY_CAST(nullif(j, 2) AS INT) AS c3").filter(col("d").isNotNull())
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c2, c1, c3 FROM rexpr_q ORDER BY id DESC"]
