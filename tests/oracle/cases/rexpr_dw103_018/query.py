from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, d DOUBLE, i INT, ts TIMESTAMP, j INT, s STRING, m DECIMAL(38,10), dt DATE").load(INPUT)
result = df.withColumn("c1", expr("(aggregate(split(s, ' '), 0, (acc, x) -> acc + length(x)) * 3)")).withColumn("c2", expr("(ceiling(m) / 3.5)")).withColumn("c3", expr("(ts <=> dt)")).drop("i", "s", "m", "dt")
OUTPUT_MODE = "append"
