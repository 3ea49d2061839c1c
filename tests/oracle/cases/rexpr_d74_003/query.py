from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, ts TIMESTAMP, b BOOLEAN, m DECIMAL(10,2), s STRING, d DOUBLE, k BIGINT, j INT, i INT, dt DATE, t STRING").json(INPUT)
result = df.filter(((col("ts") > col("dt")) | col("b").isNull())).groupBy(expr("trunc(dt, 'YEAR') AS k1")).agg(F.round(F.avg((col("i") - lit(0))), 0).alias("a1"), expr("min((m * m)) AS a2"))
OUTPUT_MODE = "complete"
