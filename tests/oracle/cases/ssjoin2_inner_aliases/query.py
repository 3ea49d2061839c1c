from pyspark.sql.functions import expr, col
imp = spark.readStream.format("json").schema("impressionAdId INT, impressionTime TIMESTAMP").option("pathGlobFilter", "*imp.json").load(INPUT)
clk = spark.readStream.format("json").schema("clickAdId INT, clickTime TIMESTAMP").option("pathGlobFilter", "*clk.json").load(INPUT)
impressionsWithWatermark = imp.withWatermark("impressionTime", "2 hours")
clicksWithWatermark = clk.withWatermark("clickTime", "3 hours")

# DataFrame aliases: the condition and the projection use qualified names.
result = impressionsWithWatermark.alias("i").join(
    clicksWithWatermark.alias("c"),
    expr("i.impressionAdId = c.clickAdId AND c.clickTime BETWEEN i.impressionTime AND i.impressionTime + interval 1 hour")
).select(col("i.impressionAdId"), col("c.clickTime"))
OUTPUT_MODE = "append"
