from pyspark.sql.functions import expr, col
imp = spark.readStream.format("json").schema("impressionAdId INT, impressionTime TIMESTAMP").option("pathGlobFilter", "*imp.json").load(INPUT)
clk = spark.readStream.format("json").schema("clickAdId INT, clickTime TIMESTAMP").option("pathGlobFilter", "*clk.json").load(INPUT)
impressionsWithWatermark = imp.withWatermark("impressionTime", "2 hours")
clicksWithWatermark = clk.withWatermark("clickTime", "3 hours")

# Left outer join with DataFrame aliases; NULL-padded rows keep the i.* columns.
result = impressionsWithWatermark.alias("i").join(
    clicksWithWatermark.alias("c"),
    expr("i.impressionAdId = c.clickAdId AND c.clickTime BETWEEN i.impressionTime AND i.impressionTime + interval 1 hour"),
    "leftOuter"
).select(col("i.impressionAdId").alias("ad"), col("i.impressionTime"), col("c.clickTime"))
OUTPUT_MODE = "append"
