from pyspark.sql.functions import expr
imp = spark.readStream.format("json").schema("impressionAdId INT, impressionTime TIMESTAMP").option("pathGlobFilter", "*imp.json").load(INPUT)
clk = spark.readStream.format("json").schema("clickAdId INT, clickTime TIMESTAMP").option("pathGlobFilter", "*clk.json").load(INPUT)
conv = spark.readStream.format("json").schema("convAdId INT, amount INT").option("pathGlobFilter", "*conv.json").load(INPUT)
# Two stream-stream inner joins chained (three streams).
result = imp.join(clk, expr("clickAdId = impressionAdId")).join(conv, expr("convAdId = clickAdId"))
OUTPUT_MODE = "append"
