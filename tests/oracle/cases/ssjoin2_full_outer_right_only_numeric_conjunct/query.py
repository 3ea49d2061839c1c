from pyspark.sql.functions import expr, col
imp = spark.readStream.format("json").schema("impressionAdId INT, impressionTime TIMESTAMP").option("pathGlobFilter", "*imp.json").load(INPUT)
clk = spark.readStream.format("json").schema("clickAdId INT, clickTime TIMESTAMP").option("pathGlobFilter", "*clk.json").load(INPUT)
impressionsWithWatermark = imp.withWatermark("impressionTime", "2 hours")
clicksWithWatermark = clk.withWatermark("clickTime", "3 hours")

# A right-only numeric comparison in a full outer join: clicks failing it are padded at once; Spark reads clickAdId > 1 as a bound on the clicks' state (watermark 0), so other unmatched clicks are never evicted nor padded; unmatched impressions are padded as usual.
result = impressionsWithWatermark.join(
    clicksWithWatermark,
    expr("clickAdId = impressionAdId AND clickAdId > 1 AND clickTime >= impressionTime AND clickTime <= impressionTime + interval 1 hour"), "fullOuter")
OUTPUT_MODE = "append"
