from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", expr("coalesce(dateadd(greatest(dt, dt, dt), 5), dt, to_date('2024-02-29'))")).withColumn("c2", F.nullif(F.nullif(lit(0.001), lit(0.001)), lit(0.5))).withColumn("c3", F.bround(col("d"), 3)).withColumn("c4", col("dt")).select("id", "c1", "c2", "c3", "c4")
OUTPUT_MODE = "append"
