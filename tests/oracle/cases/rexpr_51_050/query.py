from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where(((col("m") / F.nullif(col("m"), lit(0))).eqNullSafe(col("id")) | col("t").isNull())).selectExpr("id", "i", "isnan(d) AS c1", "CAST(bround((- m), -1) AS DOUBLE) AS c2").filter("(m < 100BD)")
OUTPUT_MODE = "append"
