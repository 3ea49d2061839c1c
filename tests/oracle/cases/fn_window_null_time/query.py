df = spark.readStream.format("json").schema("timestamp TIMESTAMP, v INT").load(INPUT)

from pyspark.sql import functions as F
# Rows without a time have no session: Spark drops them (IsNotNull(time)).
result = df.select("timestamp", "v", F.session_window("timestamp", "5 seconds").alias("s"))
OUTPUT_MODE = "append"
