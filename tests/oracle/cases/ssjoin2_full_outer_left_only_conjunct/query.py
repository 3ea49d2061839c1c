from pyspark.sql.functions import expr, col
imp = spark.readStream.format("json").schema("impressionAdId INT, impressionTime TIMESTAMP").option("pathGlobFilter", "*imp.json").load(INPUT)
clk = spark.readStream.format("json").schema("clickAdId INT, clickTime TIMESTAMP").option("pathGlobFilter", "*clk.json").load(INPUT)
impressionsWithWatermark = imp.withWatermark("impressionTime", "2 hours")
clicksWithWatermark = clk.withWatermark("clickTime", "3 hours")

# Impressions failing impressionAdId <> 2 (ad 2 and NULL) are NULL-padded at once; clicks of ad 2 never match and are padded when the watermark evicts them.
result = impressionsWithWatermark.join(
    clicksWithWatermark,
    expr("clickAdId = impressionAdId AND impressionAdId <> 2 AND clickTime >= impressionTime AND clickTime <= impressionTime + interval 1 hour"), "fullOuter")
OUTPUT_MODE = "append"
