df = spark.readStream.format("json").schema("timestamp TIMESTAMP, category STRING, value DOUBLE").load(INPUT)

from pyspark.sql.functions import count, sum as sum_, min as min_, max as max_
result = df.filter("value > 30").agg(count("*").alias("n"), sum_("value").alias("s"), min_("timestamp").alias("first"), max_("category").alias("last_cat"))
OUTPUT_MODE = "complete"
