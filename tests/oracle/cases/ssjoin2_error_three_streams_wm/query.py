from pyspark.sql.functions import expr, col
imp = spark.readStream.format("json").schema("impressionAdId INT, impressionTime TIMESTAMP").option("pathGlobFilter", "*imp.json").load(INPUT)
clk = spark.readStream.format("json").schema("clickAdId INT, clickTime TIMESTAMP").option("pathGlobFilter", "*clk.json").load(INPUT)
impressionsWithWatermark = imp.withWatermark("impressionTime", "2 hours")
clicksWithWatermark = clk.withWatermark("clickTime", "3 hours")
conv = spark.readStream.format("json").schema("convAdId INT, convTime TIMESTAMP, amount INT").option("pathGlobFilter", "*conv.json").load(INPUT)
convWithWatermark = conv.withWatermark("convTime", "1 hour")

# A second stream-stream join over the first join's output, which carries two watermarked time columns.
result = impressionsWithWatermark.join(
    clicksWithWatermark,
    expr("""clickAdId = impressionAdId AND clickTime >= impressionTime AND clickTime <= impressionTime + interval 1 hour"""), "inner").join(convWithWatermark, expr("convAdId = clickAdId AND convTime >= clickTime AND convTime <= clickTime + interval 30 minutes"))
OUTPUT_MODE = "append"
