from pyspark.sql.functions import expr, col
imp = spark.readStream.format("json").schema("impressionAdId INT, impressionTime TIMESTAMP").option("pathGlobFilter", "*imp.json").load(INPUT)
clk = spark.readStream.format("json").schema("clickAdId INT, clickTime TIMESTAMP").option("pathGlobFilter", "*clk.json").load(INPUT)
from pyspark.sql.functions import window
clicksWindow = clk.withWatermark("clickTime", "10 minutes") \
    .groupBy(window("clickTime", "10 minutes")).count() \
    .withColumnRenamed("count", "clicks")
impressionsWindow = imp.withWatermark("impressionTime", "10 minutes") \
    .groupBy(window("impressionTime", "10 minutes")).count() \
    .withColumnRenamed("count", "impressions")

# Left outer join of two windowed aggregations: click windows without impressions are NULL-padded.
result = clicksWindow.join(impressionsWindow, "window", "leftOuter")
OUTPUT_MODE = "append"
