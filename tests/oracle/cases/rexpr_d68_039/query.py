from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "nullif(id, 1L)", "TRY_CAST(t AS DATE)", "CAST(((- i) * 2) AS TIMESTAMP) AS c3").where((lit(7).eqNullSafe(col("id")) | col("id").isNotNull()))
OUTPUT_MODE = "append"
