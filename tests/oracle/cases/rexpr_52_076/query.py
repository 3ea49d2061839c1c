from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter(col("j").isNotNull()).select("id", expr("CASE WHEN isnan(d) THEN 0.1D WHEN b THEN (0.5D + d) ELSE nvl(d, 3.75D) END AS c1"), F.concat_ws(", ", col("t"), col("t"), col("s")).alias("c2"), expr("quarter(dt)").alias("c3"), expr("pmod((id * 2), -4)").alias("c4"))
OUTPUT_MODE = "append"
