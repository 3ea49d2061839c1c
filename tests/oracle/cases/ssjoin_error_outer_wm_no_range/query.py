from pyspark.sql.functions import expr, col
imp = spark.readStream.format("json").schema("impressionAdId INT, impressionTime TIMESTAMP").option("pathGlobFilter", "*imp.json").load(INPUT)
clk = spark.readStream.format("json").schema("clickAdId INT, clickTime TIMESTAMP").option("pathGlobFilter", "*clk.json").load(INPUT)
impressionsWithWatermark = imp.withWatermark("impressionTime", "2 hours")
clicksWithWatermark = clk.withWatermark("clickTime", "3 hours")

# Watermarks on both sides but no time condition: the state could never be cleaned.
result = impressionsWithWatermark.join(clicksWithWatermark, expr("clickAdId = impressionAdId"), "leftOuter")
OUTPUT_MODE = "append"
