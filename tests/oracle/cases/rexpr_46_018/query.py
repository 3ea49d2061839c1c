from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, f FLOAT, dt DATE, i INT, ts TIMESTAMP, d DOUBLE, t STRING, s STRING, m DECIMAL(38,10)").json(INPUT)
result = df.groupBy((~col("m").isin(lit(.001).cast("decimal(4,3)"), lit(.001).cast("decimal(4,3)"))).alias("k1")).agg(expr("sum(CASE WHEN ((d <> CAST('NaN' AS DOUBLE)) AND ((t <> 'x-y') OR true)) THEN m ELSE 0 END) AS a1"), (F.max(F.nullif(F.sqrt(lit(2)), lit(2.0))) - F.min(F.nullif(F.sqrt(lit(2)), lit(2.0)))).alias("a2"))
OUTPUT_MODE = "complete"
