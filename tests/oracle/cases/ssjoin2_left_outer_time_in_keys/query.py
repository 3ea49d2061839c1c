from pyspark.sql.functions import expr, col
imp = spark.readStream.format("json").schema("impressionAdId INT, impressionTime TIMESTAMP").option("pathGlobFilter", "*imp.json").load(INPUT)
clk = spark.readStream.format("json").schema("clickAdId INT, clickTime TIMESTAMP").option("pathGlobFilter", "*clk.json").load(INPUT)
impressionsWithWatermark = imp.withWatermark("impressionTime", "2 hours")
clicksWithWatermark = clk.withWatermark("clickTime", "3 hours")

# The event time is part of the equi-join keys, so no range condition is needed: state is evicted by key.
result = impressionsWithWatermark.join(
    clicksWithWatermark,
    expr("impressionAdId = clickAdId AND impressionTime = clickTime"), "leftOuter")
OUTPUT_MODE = "append"
