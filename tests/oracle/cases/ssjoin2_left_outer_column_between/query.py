from pyspark.sql.functions import expr, col
imp = spark.readStream.format("json").schema("impressionAdId INT, impressionTime TIMESTAMP").option("pathGlobFilter", "*imp.json").load(INPUT)
clk = spark.readStream.format("json").schema("clickAdId INT, clickTime TIMESTAMP").option("pathGlobFilter", "*clk.json").load(INPUT)
impressionsWithWatermark = imp.withWatermark("impressionTime", "2 hours")
clicksWithWatermark = clk.withWatermark("clickTime", "3 hours")

# Range written with Column.between (both bounds included).
result = impressionsWithWatermark.join(
    clicksWithWatermark,
    (col("clickAdId") == col("impressionAdId")) & col("clickTime").between(col("impressionTime"), col("impressionTime") + expr("INTERVAL 1 HOUR")), "leftOuter")
OUTPUT_MODE = "append"
