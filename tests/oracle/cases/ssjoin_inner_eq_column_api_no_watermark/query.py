from pyspark.sql.functions import expr, col
imp = spark.readStream.format("json").schema("impressionAdId INT, impressionTime TIMESTAMP, impId STRING").option("pathGlobFilter", "*imp.json").load(INPUT)
clk = spark.readStream.format("json").schema("clickAdId INT, clickTime TIMESTAMP, clickId STRING").option("pathGlobFilter", "*clk.json").load(INPUT)

# Equality written with Column objects of each side.
result = imp.join(clk, imp.impressionAdId == clk.clickAdId).select("impId", "clickId", "impressionTime", "clickTime")
OUTPUT_MODE = "append"
