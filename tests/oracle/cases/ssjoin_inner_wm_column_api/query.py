from pyspark.sql.functions import expr, col
imp = spark.readStream.format("json").schema("impressionAdId INT, impressionTime TIMESTAMP").option("pathGlobFilter", "*imp.json").load(INPUT)
clk = spark.readStream.format("json").schema("clickAdId INT, clickTime TIMESTAMP").option("pathGlobFilter", "*clk.json").load(INPUT)
impressionsWithWatermark = imp.withWatermark("impressionTime", "2 hours")
clicksWithWatermark = clk.withWatermark("clickTime", "3 hours")

# The range condition built with the Column API.
result = impressionsWithWatermark.join(
    clicksWithWatermark,
    (col("clickAdId") == col("impressionAdId")) & (col("clickTime") >= col("impressionTime")) & (col("clickTime") <= col("impressionTime") + expr("interval 1 hour")))
OUTPUT_MODE = "append"
