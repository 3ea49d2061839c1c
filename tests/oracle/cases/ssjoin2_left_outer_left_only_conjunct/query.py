from pyspark.sql.functions import expr, col
imp = spark.readStream.format("json").schema("impressionAdId INT, impressionTime TIMESTAMP").option("pathGlobFilter", "*imp.json").load(INPUT)
clk = spark.readStream.format("json").schema("clickAdId INT, clickTime TIMESTAMP").option("pathGlobFilter", "*clk.json").load(INPUT)
impressionsWithWatermark = imp.withWatermark("impressionTime", "2 hours")
clicksWithWatermark = clk.withWatermark("clickTime", "3 hours")

# A condition on the left side only: impressions failing it (0, negative, NULL) can never match and are emitted NULL-padded in the batch they arrive. Spark also reads impressionAdId > 0 as a bound on the impressions' state (watermark 0), so the other unmatched impressions are never evicted nor padded.
result = impressionsWithWatermark.join(
    clicksWithWatermark,
    expr("clickAdId = impressionAdId AND impressionAdId > 0 AND clickTime >= impressionTime AND clickTime <= impressionTime + interval 1 hour"), "leftOuter")
OUTPUT_MODE = "append"
