from pyspark.sql.functions import expr, col
imp = spark.readStream.format("json").schema("impressionAdId INT, impressionTime TIMESTAMP").option("pathGlobFilter", "*imp.json").load(INPUT)
clk = spark.readStream.format("json").schema("clickAdId INT, clickTime TIMESTAMP").option("pathGlobFilter", "*clk.json").load(INPUT)
impressionsWithWatermark = imp.withWatermark("impressionTime", "2 hours")
clicksWithWatermark = clk.withWatermark("clickTime", "3 hours")
from pyspark.sql.functions import window, count

# Left outer join then a window aggregation over impressionTime: NULL-padded rows count too.
result = impressionsWithWatermark.join(
    clicksWithWatermark,
    expr("""clickAdId = impressionAdId AND clickTime >= impressionTime AND clickTime <= impressionTime + interval 1 hour"""), "leftOuter").groupBy(window("impressionTime", "1 hour")).agg(count("*").alias("n"), count("clickTime").alias("clicked"))
OUTPUT_MODE = "append"
