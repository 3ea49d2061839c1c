from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(4,1), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", expr("(least(ts, ts) + INTERVAL 1 MONTH)")).withColumn("c2", expr("(i / nullif(i, 0))")).drop("j", "d", "n", "t", "ts").where("((s RLIKE '[0-9]+') OR (s IS NOT NULL))")
OUTPUT_MODE = "append"
