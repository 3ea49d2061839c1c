from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(4,1), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", expr("trim(get(split(greatest(CAST(-1 AS STRING), date_format(dt, 'yyyy-MM-dd HH:mm:ss.SSS'), s), ','), 2))")).withColumn("c2", F.substring(col("t"), 5, 10)).drop("d", "t", "ts")
OUTPUT_MODE = "append"
