from pyspark.sql.functions import expr, col
imp = spark.readStream.format("json").schema("impressionAdId INT, impressionTime TIMESTAMP, impId STRING").option("pathGlobFilter", "*imp.json").load(INPUT)
clk = spark.readStream.format("json").schema("clickAdId INT, clickTime TIMESTAMP, clickId STRING").option("pathGlobFilter", "*clk.json").load(INPUT)

# Inner join with an extra time predicate but no watermark: allowed, state is never cleaned,
# and old rows still match new ones.
result = imp.join(clk, expr("clickAdId = impressionAdId AND clickTime > impressionTime"))
OUTPUT_MODE = "append"
