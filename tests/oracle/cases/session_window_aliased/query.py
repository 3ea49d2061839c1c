df = spark.readStream.format("json").schema("timestamp TIMESTAMP, userId STRING").load(INPUT)

from pyspark.sql.functions import session_window, count
# The programming guide's shape: an aliased session window keeps session semantics.
result = df.withWatermark("timestamp", "10 seconds") \
    .groupBy(session_window("timestamp", "5 seconds").alias("session"), "userId") \
    .agg(count("*").alias("n"))
OUTPUT_MODE = "append"
