from pyspark.sql.functions import expr, col
imp = spark.readStream.format("json").schema("impressionAdId INT, impressionTime TIMESTAMP").option("pathGlobFilter", "*imp.json").load(INPUT)
clk = spark.readStream.format("json").schema("clickAdId INT, clickTime TIMESTAMP").option("pathGlobFilter", "*clk.json").load(INPUT)
impressionsWithWatermark = imp.withWatermark("impressionTime", "2 hours")
clicksWithWatermark = clk.withWatermark("clickTime", "3 hours")

# Clicks failing clickAdId <> 2 (ad 2 and NULL) are NULL-padded at once; other unmatched clicks wait for the watermark.
result = impressionsWithWatermark.join(
    clicksWithWatermark,
    expr("clickAdId = impressionAdId AND clickAdId <> 2 AND clickTime >= impressionTime AND clickTime <= impressionTime + interval 1 hour"), "rightOuter")
OUTPUT_MODE = "append"
