from pyspark.sql.functions import expr, col
imp = spark.readStream.format("json").schema("impressionAdId INT, impressionTime TIMESTAMP").option("pathGlobFilter", "*imp.json").load(INPUT)
clk = spark.readStream.format("json").schema("clickAdId INT, clickTime TIMESTAMP").option("pathGlobFilter", "*clk.json").load(INPUT)

# Right outer needs a watermark on the left (nullable) side; only the right side has one.
clicksWithWatermark = clk.withWatermark("clickTime", "3 hours")
result = imp.join(clicksWithWatermark, expr("""clickAdId = impressionAdId AND clickTime >= impressionTime AND clickTime <= impressionTime + interval 1 hour"""), "rightOuter")
OUTPUT_MODE = "append"
