from pyspark.sql.functions import expr, col
imp = spark.readStream.format("json").schema("impressionAdId INT, impressionTime TIMESTAMP, impId STRING").option("pathGlobFilter", "*imp.json").load(INPUT)
clk = spark.readStream.format("json").schema("clickAdId INT, clickTime TIMESTAMP, clickId STRING").option("pathGlobFilter", "*clk.json").load(INPUT)
from pyspark.sql.functions import window
# Only the window is kept from each side's event time (a second watermarked column next to it would be
# MULTIPLE_EVENT_TIME_COLUMNS).
i = imp.withWatermark("impressionTime", "10 minutes") \
    .select(col("impressionAdId").alias("adId"), window("impressionTime", "10 minutes").alias("window"), "impId")
c = clk.withWatermark("clickTime", "20 minutes") \
    .select(col("clickAdId").alias("adId"), window("clickTime", "10 minutes").alias("window"), "clickId")

result = i.join(c, on=["adId", "window"], how="fullOuter")
OUTPUT_MODE = "append"
