from pyspark.sql.functions import expr, col
imp = spark.readStream.format("json").schema("impressionAdId INT, impressionTime TIMESTAMP").option("pathGlobFilter", "*imp.json").load(INPUT)
clk = spark.readStream.format("json").schema("clickAdId INT, clickTime TIMESTAMP").option("pathGlobFilter", "*clk.json").load(INPUT)
impressionsWithWatermark = imp.withWatermark("impressionTime", "2 hours")
clicksWithWatermark = clk.withWatermark("clickTime", "3 hours")

# Clicks on the left, the condition written the other way round.
result = clicksWithWatermark.join(
    impressionsWithWatermark,
    expr("impressionAdId = clickAdId AND impressionTime <= clickTime AND impressionTime + interval 1 hour >= clickTime"), "inner").select("impressionAdId", "impressionTime", "clickTime")
OUTPUT_MODE = "append"
