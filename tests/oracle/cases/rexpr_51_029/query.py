from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy(expr("-4 AS k1")).agg(F.round(F.avg((col("id") / lit(3))), 0).alias("a1"), F.count_if(F.translate(col("s"), "lo", "01").endswith("o")).alias("a2"), expr("count(d) AS a3"), F.min(col("id")).alias("a4"))
OUTPUT_MODE = "update"
