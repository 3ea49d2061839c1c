from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "floor(m) AS c1", "format_number(d, 2)", "(CASE WHEN (i > -1) THEN i WHEN (k IS NOT NULL) THEN i WHEN (id > 1000L) THEN i ELSE i END % nullif(i, 0)) AS c3")
OUTPUT_MODE = "append"
