from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where((col("j").isNotNull() | col("n").isNull())).select("id", expr("try_element_at(split(repeat(t, 1), '  *'), -1) AS c1"), expr("to_timestamp(s)").alias("c2"), F.try_to_timestamp(col("s")).alias("c3"))
OUTPUT_MODE = "append"
