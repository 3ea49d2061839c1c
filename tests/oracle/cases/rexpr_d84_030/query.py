from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(18,6), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "f", "floor(CASE WHEN abs(try_divide(CASE WHEN (j = 3) THEN f WHEN false THEN f END, 1e300D)) < 1e9D THEN try_divide(CASE WHEN (j = 3) THEN f WHEN false THEN f END, 1e300D) END) AS c1", "(dt < DATE'2000-01-01')", "trunc(dt, 'yy') AS c3").filter(((~lit(False)) | col("dt").isNotNull()))
OUTPUT_MODE = "append"
