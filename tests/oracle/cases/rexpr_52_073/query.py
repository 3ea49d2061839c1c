from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(9,5), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "if(b, if(b, s, s), rpad(s, 6, '*')) AS c1", "CASE WHEN TRY_CAST(s AS BOOLEAN) THEN concat(s, s, CAST(0.5 AS STRING)) ELSE sha2(s, 0) END AS c2").where((F.coalesce(col("b"), lit(False)) | col("k").isNull()))
OUTPUT_MODE = "append"
