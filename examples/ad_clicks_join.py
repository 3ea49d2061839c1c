# Ad impressions joined with their clicks: a stream-stream join, as in Spark's
# Structured Streaming guide ("Stream-stream Joins").
# Two streams read one folder: impressions-NN.json and clicks-NN.json, one file of each
# per micro-batch. A click joins its ad's impression if it comes within the hour after it.
# Each side keeps its rows in state until the watermarks (2 hours behind the latest
# impression, 3 hours behind the latest click) say that no future row can match them;
# then the left outer join emits each impression that never matched, once, with NULLs
# for the click's columns.

# Runs unchanged under PySpark, from the repository's root (elsewhere, change the path or
# map it: runnel submit --path-map examples/data/ad_clicks=DIR ...). Natively:
#   runnel submit examples/ad_clicks_join.py --once
# Spark reads a folder's files oldest first (Runnel too, then by name):
# `python3 examples/data/make_data.py` rewrites them with their times in order.
from pyspark.sql import SparkSession
from pyspark.sql.functions import expr

spark = SparkSession.builder.appName("AdClicksJoin").getOrCreate()

impressions = spark.readStream.format("json") \
    .schema("impressionAdId INT, impressionTime TIMESTAMP") \
    .option("pathGlobFilter", "impressions-*.json") \
    .option("maxFilesPerTrigger", 1) \
    .load("examples/data/ad_clicks")
clicks = spark.readStream.format("json") \
    .schema("clickAdId INT, clickTime TIMESTAMP") \
    .option("pathGlobFilter", "clicks-*.json") \
    .option("maxFilesPerTrigger", 1) \
    .load("examples/data/ad_clicks")

# Apply watermarks on event-time columns
impressionsWithWatermark = impressions.withWatermark("impressionTime", "2 hours")
clicksWithWatermark = clicks.withWatermark("clickTime", "3 hours")

# Join with event-time constraints: keep every impression, with its clicks or with NULLs
joined = impressionsWithWatermark.join(
    clicksWithWatermark,
    expr("""
    clickAdId = impressionAdId AND
    clickTime >= impressionTime AND
    clickTime <= impressionTime + interval 1 hour
    """),
    "leftOuter"
)

query = joined.writeStream.format("console").outputMode("append").start()
query.awaitTermination()
