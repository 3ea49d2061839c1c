from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(20,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "(CASE WHEN b THEN i WHEN b THEN i WHEN b THEN i ELSE 3 END * round(CASE WHEN b THEN n ELSE n END, 2)) AS c1", "(hour(ts) - pmod(i, nullif(2, 0))) AS c2", "TRY_CAST((i + id) AS INT) AS c3").filter((~F.coalesce((col("b") != lit(False)), lit(False))))
OUTPUT_MODE = "append"
