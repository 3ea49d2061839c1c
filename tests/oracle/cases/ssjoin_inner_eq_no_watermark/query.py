from pyspark.sql.functions import expr, col
imp = spark.readStream.format("json").schema("impressionAdId INT, impressionTime TIMESTAMP, impId STRING").option("pathGlobFilter", "*imp.json").load(INPUT)
clk = spark.readStream.format("json").schema("clickAdId INT, clickTime TIMESTAMP, clickId STRING").option("pathGlobFilter", "*clk.json").load(INPUT)

# Inner equi-join of two streams without watermarks: every row is kept in state forever, matches
# arrive whenever the other side shows up (in the same batch or any later one); NULL keys never match.
result = imp.join(clk, expr("clickAdId = impressionAdId"))
OUTPUT_MODE = "append"
