from pyspark.sql.functions import expr, col
imp = spark.readStream.format("json").schema("impressionAdId INT, impressionTime TIMESTAMP").option("pathGlobFilter", "*imp.json").load(INPUT)
clk = spark.readStream.format("json").schema("clickAdId INT, clickTime TIMESTAMP").option("pathGlobFilter", "*clk.json").load(INPUT)
impressionsWithWatermark = imp.withWatermark("impressionTime", "2 hours")
clicksWithWatermark = clk.withWatermark("clickTime", "3 hours")

# Full outer then coalesce of the two keys and of the two times.
result = impressionsWithWatermark.join(
    clicksWithWatermark,
    expr("""clickAdId = impressionAdId AND clickTime >= impressionTime AND clickTime <= impressionTime + interval 1 hour"""), "fullOuter").select(
    expr("coalesce(impressionAdId, clickAdId)").alias("adId"),
    expr("coalesce(impressionTime, clickTime)").alias("t"),
    expr("CASE WHEN impressionAdId IS NULL THEN 'click-only' WHEN clickAdId IS NULL THEN 'imp-only' ELSE 'both' END").alias("kind"))
OUTPUT_MODE = "append"
