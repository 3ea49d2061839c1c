df = spark.readStream.format("json").schema("timestamp TIMESTAMP, userId STRING, value INT").load(INPUT)

from pyspark.sql import functions as F
gap = F.when(F.col("userId") == "user1", "5 seconds").when(F.col("userId") == "user2", "20 seconds") \
    .when(F.col("userId") == "user4", "0 seconds").otherwise("5 minutes")
result = df.groupBy(F.session_window(F.col("timestamp"), gap), "userId").agg(F.count("*").alias("n"), F.sum("value").alias("s"))
OUTPUT_MODE = "complete"
