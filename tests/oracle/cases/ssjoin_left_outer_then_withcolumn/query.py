from pyspark.sql.functions import expr, col
imp = spark.readStream.format("json").schema("impressionAdId INT, impressionTime TIMESTAMP").option("pathGlobFilter", "*imp.json").load(INPUT)
clk = spark.readStream.format("json").schema("clickAdId INT, clickTime TIMESTAMP").option("pathGlobFilter", "*clk.json").load(INPUT)
impressionsWithWatermark = imp.withWatermark("impressionTime", "2 hours")
clicksWithWatermark = clk.withWatermark("clickTime", "3 hours")

# Left outer then withColumn over the NULL-padded side, then a filter and a projection.
result = impressionsWithWatermark.join(
    clicksWithWatermark,
    expr("""clickAdId = impressionAdId AND clickTime >= impressionTime AND clickTime <= impressionTime + interval 1 hour"""), "leftOuter").withColumn("clicked", col("clickTime").isNotNull()) \
    .withColumn("delay", expr("coalesce(timestampdiff(MINUTE, impressionTime, clickTime), -1)")) \
    .where("impressionAdId IS NULL OR impressionAdId <> 3") \
    .select("impressionAdId", "clicked", "delay")
OUTPUT_MODE = "append"
