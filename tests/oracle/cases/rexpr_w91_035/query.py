from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", (F.bround(col("n"), -1) / expr("7.5")).alias("c1"), expr("locate('l', concat(least(t, t), t))").alias("c2"), expr("left('o', 4)").alias("c3"))
OUTPUT_MODE = "append"
