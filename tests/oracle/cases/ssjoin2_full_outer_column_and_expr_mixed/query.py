from pyspark.sql.functions import expr, col
imp = spark.readStream.format("json").schema("impressionAdId INT, impressionTime TIMESTAMP").option("pathGlobFilter", "*imp.json").load(INPUT)
clk = spark.readStream.format("json").schema("clickAdId INT, clickTime TIMESTAMP").option("pathGlobFilter", "*clk.json").load(INPUT)
impressionsWithWatermark = imp.withWatermark("impressionTime", "2 hours")
clicksWithWatermark = clk.withWatermark("clickTime", "3 hours")
import pyspark.sql.functions as F

# Upper bound from an F.expr combined with Column conditions by &.
result = impressionsWithWatermark.join(
    clicksWithWatermark,
    (col("clickAdId") == col("impressionAdId")) & (col("clickTime") >= col("impressionTime")) & F.expr("clickTime <= impressionTime + interval 30 minutes"), "fullOuter")
OUTPUT_MODE = "append"
