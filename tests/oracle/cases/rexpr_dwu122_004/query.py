from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, d DOUBLE, m DECIMAL(12,4), b BOOLEAN, ts TIMESTAMP, f FLOAT, s STRING, i INT, dt DATE, n DECIMAL(5,3)").json(INPUT)
result = df.filter((F.is_valid_utf8(col("s")) | (col("dt") >= F.to_date(lit("2023-12-31"))))).selectExpr("id", "stack(3, dt, 1, dt)", "transform_keys(map((i + i), 'x', 100, 'y'), (k, v) -> k + 1)", "array_union(array(f, CAST('NaN' AS DOUBLE), 0.1D), array(CAST('NaN' AS DOUBLE), 0.0D, -0.0D)) AS c3", "(n + n)", "power(abs(0.5D), 0.5D)", "CASE WHEN (f IS NOT NULL) THEN b WHEN (s > '42') THEN (s <> '42') WHEN b THEN (m <= 100BD) ELSE (m < 100BD) END AS c6")
OUTPUT_MODE = "append"
