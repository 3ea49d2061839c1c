from pyspark.sql.functions import window
df = spark.readStream.schema("ts STRING, value DOUBLE").json(INPUT)
result = df.groupBy(window("ts", "5 minutes")).count()
OUTPUT_MODE = "complete"
