from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter(((col("m").eqNullSafe(col("id")) | col("t").startswith("")) | col("id").isNull())).selectExpr("id", "(id % 3) AS c1", "CAST(dt AS TIMESTAMP)").filter("(NOT coalesce((ts IS NOT NULL), false))")
OUTPUT_MODE = "append"
