# Course example 6: a Delta table as a stream, average value per category, written to Delta in complete mode.
# The source table can be written by anyone (tests/delta/delta_test.py uses the Python deltalake package).
from pyspark.sql import SparkSession
from pyspark.sql.functions import avg, col

spark = SparkSession.builder.appName("StreamingExample6").getOrCreate()

df = spark.readStream.format("delta").load("dbfs:/mnt/data/delta/events")
result = df.groupBy("category").agg(avg(col("value")).alias("avg_value"))

query = result.writeStream.format("delta") \
    .outputMode("complete") \
    .option("checkpointLocation", "dbfs:/mnt/data/checkpoints/ex6") \
    .start("dbfs:/mnt/data/delta/avg_by_category")
query.awaitTermination()
