from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(18,6), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", expr("if((b AND (m <= 0.001)), contains(t, 'a'), (coalesce((s = 'é'), b, true) AND (ts IS NULL)))")).withColumn("c2", expr("(TIMESTAMP'2024-02-29 00:00:00' + INTERVAL 1 MONTH)")).drop("j", "f", "m", "s", "b")
OUTPUT_MODE = "append"
