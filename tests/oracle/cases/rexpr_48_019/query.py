from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(18,6), n DECIMAL(20,0), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy(expr("rtrim(CAST(dt AS STRING)) AS k1")).agg(F.bool_and(col("t").contains("o")).alias("a1"), (F.max(F.bround((-col("f")), 0)) - F.min(F.bround((-col("f")), 0))).alias("a2")).filter("a1 IS NOT NULL")
OUTPUT_MODE = "update"
