from pyspark.sql.functions import expr, col
imp = spark.readStream.format("json").schema("impressionAdId INT, impressionTime TIMESTAMP").option("pathGlobFilter", "*imp.json").load(INPUT)
clk = spark.readStream.format("json").schema("clickAdId INT, clickTime TIMESTAMP").option("pathGlobFilter", "*clk.json").load(INPUT)
impressionsWithWatermark = imp.withWatermark("impressionTime", "2 hours")
clicksWithWatermark = clk.withWatermark("clickTime", "3 hours")

# Filters on each side before the join, and a projection after it.
i = impressionsWithWatermark.where("impressionAdId % 2 = 1")
c = clicksWithWatermark.where(col("clickAdId") < 10)
result = i.join(c, expr("""clickAdId = impressionAdId AND clickTime >= impressionTime AND clickTime <= impressionTime + interval 1 hour"""), "leftOuter").select("impressionAdId", "clickTime")
OUTPUT_MODE = "append"
