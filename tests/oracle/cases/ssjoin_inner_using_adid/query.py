imp = spark.readStream.format("json").schema("adId INT, impressionTime TIMESTAMP, impId STRING").option("pathGlobFilter", "*imp.json").load(INPUT)
clk = spark.readStream.format("json").schema("adId INT, clickTime TIMESTAMP, clickId STRING").option("pathGlobFilter", "*clk.json").load(INPUT)
# USING-style join on a column both sides name adId: the key appears once, first.
result = imp.join(clk, on="adId")
OUTPUT_MODE = "append"
