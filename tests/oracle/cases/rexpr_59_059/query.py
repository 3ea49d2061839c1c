from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, ts TIMESTAMP, m DECIMAL(10,2), d DOUBLE, t STRING, f FLOAT, i INT, dt DATE, n DECIMAL(9,5), j INT, s STRING").load(INPUT)
result = df.selectExpr("id", "nullif(TRY_CAST(sqrt(m) AS BIGINT), 86400L) AS c1", "(i * 5) AS c2", "coalesce((i >= 5), true)", "(86400L % nullif(j, 0)) AS c4").filter("(isnan(d) OR (m IS NOT NULL))")
OUTPUT_MODE = "append"
