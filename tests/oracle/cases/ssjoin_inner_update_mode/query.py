from pyspark.sql.functions import expr, col
imp = spark.readStream.format("json").schema("impressionAdId INT, impressionTime TIMESTAMP, impId STRING").option("pathGlobFilter", "*imp.json").load(INPUT)
clk = spark.readStream.format("json").schema("clickAdId INT, clickTime TIMESTAMP, clickId STRING").option("pathGlobFilter", "*clk.json").load(INPUT)

# Inner stream-stream join in update mode: Spark accepts it (same rows as append).
result = imp.join(clk, expr("clickAdId = impressionAdId"))
OUTPUT_MODE = "update"
