from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(4,1), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("d", F.pow((col("i") * col("d")), 3.0)).withColumn("c2", expr("least(t, least(s, get(split(s, '  *'), 1), reverse(s)), 'x-y')")).select("id", "c2")
OUTPUT_MODE = "append"
