df = spark.readStream.format("json").schema("timestamp TIMESTAMP, category STRING, value DOUBLE").option("maxFilesPerTrigger", 1).load(INPUT)

from pyspark.sql.functions import window
result = df.withWatermark("timestamp", "1 minute").groupBy(window("timestamp", "4 minutes", "2 minutes")).count()
OUTPUT_MODE = "update"
