from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(7,0), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy((col("ts") >= col("dt")).alias("k1")).agg(F.datediff(F.max(col("dt")), F.min(col("dt"))).alias("a1"), (F.max(col("f")) - F.min(col("f"))).alias("a2"), expr("max(100.0D) AS a3"))
OUTPUT_MODE = "update"
