from pyspark.sql.functions import expr, col
imp = spark.readStream.format("json").schema("impressionAdId INT, impressionTime TIMESTAMP").option("pathGlobFilter", "*imp.json").load(INPUT)
clk = spark.readStream.format("json").schema("clickAdId INT, clickTime TIMESTAMP").option("pathGlobFilter", "*clk.json").load(INPUT)
impressionsWithWatermark = imp.withWatermark("impressionTime", "2 hours")
clicksWithWatermark = clk.withWatermark("clickTime", "3 hours")

# Inner join with watermarks but equality only: allowed; late rows are still dropped.
result = impressionsWithWatermark.join(
    clicksWithWatermark,
    expr("clickAdId = impressionAdId"), "inner")
OUTPUT_MODE = "append"
