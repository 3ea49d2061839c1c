from pyspark.sql.functions import expr, col
imp = spark.readStream.format("json").schema("impressionAdId INT, impressionTime TIMESTAMP").option("pathGlobFilter", "*imp.json").load(INPUT)
clk = spark.readStream.format("json").schema("clickAdId INT, clickTime TIMESTAMP").option("pathGlobFilter", "*clk.json").load(INPUT)

from pyspark.sql.functions import window
# Each side keeps its watermarked time column next to the window derived from it: two event-time
# columns per side, which Spark rejects when it plans the first batch.
i = imp.withWatermark("impressionTime", "10 minutes") \
    .select(col("impressionAdId").alias("adId"), window("impressionTime", "10 minutes").alias("window"), "impressionTime")
c = clk.withWatermark("clickTime", "20 minutes") \
    .select(col("clickAdId").alias("adId"), window("clickTime", "10 minutes").alias("window"), "clickTime")
result = i.join(c, on=["adId", "window"])
OUTPUT_MODE = "append"
