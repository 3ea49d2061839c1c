from pyspark.sql.functions import expr, col
imp = spark.readStream.format("json").schema("impressionAdId INT, impressionTime TIMESTAMP").option("pathGlobFilter", "*imp.json").load(INPUT)
clk = spark.readStream.format("json").schema("clickAdId INT, clickTime TIMESTAMP").option("pathGlobFilter", "*clk.json").load(INPUT)
impressionsWithWatermark = imp.withWatermark("impressionTime", "2 hours")
clicksWithWatermark = clk.withWatermark("clickTime", "3 hours")

# A left-only inequality that is not a comparison: impressions 0 and NULL are padded at once, the others are padded normally when the watermark passes their range.
result = impressionsWithWatermark.join(
    clicksWithWatermark,
    expr("clickAdId = impressionAdId AND impressionAdId <> 0 AND clickTime >= impressionTime AND clickTime <= impressionTime + interval 1 hour"), "leftOuter")
OUTPUT_MODE = "append"
