from pyspark.sql.functions import expr, col
imp = spark.readStream.format("json").schema("impressionAdId INT, impressionTime TIMESTAMP").option("pathGlobFilter", "*imp.json").load(INPUT)
clk = spark.readStream.format("json").schema("clickAdId INT, clickTime TIMESTAMP").option("pathGlobFilter", "*clk.json").load(INPUT)

# Watermark on clicks only: unmatched impressions that pass the condition are never NULL-padded, but those
# failing the left-only conjunct are padded at once.
clicksWithWatermark = clk.withWatermark("clickTime", "3 hours")
result = imp.join(clicksWithWatermark, expr("clickAdId = impressionAdId AND impressionAdId > 0 AND clickTime >= impressionTime AND clickTime <= impressionTime + interval 1 hour"), "leftOuter")
OUTPUT_MODE = "append"
