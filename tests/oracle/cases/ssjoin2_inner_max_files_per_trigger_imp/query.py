from pyspark.sql.functions import expr, col
# Impressions are read one file per micro-batch, clicks all at once: a step's files spread over several
# batches, and the watermark moves between them (a late impression in a later file is dropped).
imp = spark.readStream.format("json").schema("impressionAdId INT, impressionTime TIMESTAMP").option("pathGlobFilter", "*imp.json").option("maxFilesPerTrigger", 1).load(INPUT)
clk = spark.readStream.format("json").schema("clickAdId INT, clickTime TIMESTAMP").option("pathGlobFilter", "*clk.json").load(INPUT)
impressionsWithWatermark = imp.withWatermark("impressionTime", "2 hours")
clicksWithWatermark = clk.withWatermark("clickTime", "3 hours")

result = impressionsWithWatermark.join(clicksWithWatermark, expr("""clickAdId = impressionAdId AND clickTime >= impressionTime AND clickTime <= impressionTime + interval 1 hour"""))
OUTPUT_MODE = "append"
