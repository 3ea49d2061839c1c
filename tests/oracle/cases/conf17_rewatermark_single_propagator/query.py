spark.conf.set("spark.sql.streaming.statefulOperator.allowMultiple", "false")
from pyspark.sql.functions import col
df = spark.readStream.format("json").schema("k INT, ts TIMESTAMP, v INT").load(INPUT)
result = df.withWatermark("ts", "10 minutes").withColumn("t2", col("ts")).withWatermark("t2", "5 minutes")
OUTPUT_MODE = "append"
