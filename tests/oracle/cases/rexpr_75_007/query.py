from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(12,4), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy(F.sqrt(lit(-1)).alias("k1")).agg(expr("avg(m) AS a1"), (F.max(col("m")) - F.min(col("m"))).alias("a2"), F.count_if(col("s").endswith("o")).alias("a3"))
OUTPUT_MODE = "complete"
