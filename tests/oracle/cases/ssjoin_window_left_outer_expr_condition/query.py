from pyspark.sql.functions import expr, col
imp = spark.readStream.format("json").schema("impressionAdId INT, impressionTime TIMESTAMP, impId STRING").option("pathGlobFilter", "*imp.json").load(INPUT)
clk = spark.readStream.format("json").schema("clickAdId INT, clickTime TIMESTAMP, clickId STRING").option("pathGlobFilter", "*clk.json").load(INPUT)

from pyspark.sql.functions import window
i = imp.withWatermark("impressionTime", "10 minutes") \
    .select("impressionAdId", window("impressionTime", "10 minutes").alias("impWindow"), "impId")
c = clk.withWatermark("clickTime", "20 minutes") \
    .select("clickAdId", window("clickTime", "10 minutes").alias("clickWindow"), "clickId")
# Window equality written as a condition over differently named window columns, with a leftOuter join.
result = i.join(c, expr("clickAdId = impressionAdId AND clickWindow = impWindow"), "leftOuter") \
    .select("impressionAdId", "impWindow.start", "impWindow.end", "impId", "clickId")
OUTPUT_MODE = "append"
