from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "nullif(round(n, 2), 100BD) AS c1", "CASE WHEN b THEN m WHEN (t ILIKE '_') THEN m ELSE CASE j WHEN 3 THEN n WHEN 2 THEN m ELSE n END END AS c2").filter((F.coalesce((lit(0.5) >= col("c2")), (col("id") >= lit(1).cast("bigint")), lit(True)) | col("id").isNull()))
OUTPUT_MODE = "append"
