from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(18,6), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where((col("id").cast("double").isin(lit(-1.5), lit(0.001)) | col("n").isNotNull())).selectExpr("id", "(0 * CAST((dt < to_date('2000-01-01')) AS BIGINT)) AS c1", "CAST(i AS TIMESTAMP) AS c2")
OUTPUT_MODE = "append"
