df = spark.readStream.format("json").schema("timestamp TIMESTAMP, category STRING, value DOUBLE").load(INPUT)

from pyspark.sql import functions as F
result = df.select("category", F.expr("timestamp + INTERVAL 1 HOUR"), F.expr("timestamp - interval 30 seconds"),
                   F.expr("timestamp + INTERVAL '10' MINUTE"), F.expr("timestamp + INTERVAL 2 DAYS"),
                   F.expr("timestamp - INTERVAL '1:30' HOUR TO MINUTE"), F.expr("timestamp + INTERVAL 90 MINUTES"),
                   F.expr("timestamp >= timestamp - INTERVAL 1 HOUR").alias("c"),
                   F.expr("timestamp + INTERVAL 1 HOUR 30 MINUTES").alias("hm"))
OUTPUT_MODE = "append"
