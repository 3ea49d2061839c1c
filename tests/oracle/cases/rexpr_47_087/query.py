from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", F.lpad(col("s"), 8, "ab").alias("c1"), expr("((0 * 0) - 0.1D) AS c2"), expr("date_add(least(last_day(dt), next_day(dt, 'TU'), dt), i) AS c3"))
OUTPUT_MODE = "append"
