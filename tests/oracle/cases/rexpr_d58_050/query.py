from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(5,3), dt DATE, ts TIMESTAMP, s STRING, j INT, b BOOLEAN, i INT, t STRING").json(INPUT)
result = df.groupBy(expr("dt AS k1")).agg(F.bool_or(col("b")).alias("a1"), expr("sum(CASE WHEN CASE WHEN b THEN (t LIKE 'H%') ELSE b END THEN floor(m, 1) ELSE 0 END) AS a2"))
OUTPUT_MODE = "complete"
