imp = spark.readStream.format("json").schema("adId INT, impressionTime TIMESTAMP, impId STRING").option("pathGlobFilter", "*imp.json").load(INPUT)
clk = spark.readStream.format("json").schema("adId INT, clickTime TIMESTAMP, clickId STRING").option("pathGlobFilter", "*clk.json").load(INPUT)
# on=[list] with an explicit how="inner"; select reorders the columns of both sides.
result = clk.join(imp, on=["adId"], how="inner").select("impId", "clickId", "adId", "clickTime")
OUTPUT_MODE = "append"
