from pyspark.sql.functions import expr, col
imp = spark.readStream.format("json").schema("impressionAdId INT, impressionTime TIMESTAMP").option("pathGlobFilter", "*imp.json").load(INPUT)
clk = spark.readStream.format("json").schema("clickAdId INT, clickTime TIMESTAMP").option("pathGlobFilter", "*clk.json").load(INPUT)
impressionsWithWatermark = imp.withWatermark("impressionTime", "2 hours")
clicksWithWatermark = clk.withWatermark("clickTime", "3 hours")
from pyspark.sql.functions import window

# The guide's aggregation after a join: count per clickAdId and 1 hour window of clickTime.
result = impressionsWithWatermark.join(
    clicksWithWatermark,
    expr("""clickAdId = impressionAdId AND clickTime >= impressionTime AND clickTime <= impressionTime + interval 1 hour"""), "inner").groupBy(col("clickAdId"), window(col("clickTime"), "1 hour")).count()
OUTPUT_MODE = "append"
