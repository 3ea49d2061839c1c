from pyspark.sql.functions import expr, col
imp = spark.readStream.format("json").schema("impressionAdId INT, impressionTime TIMESTAMP").option("pathGlobFilter", "*imp.json").load(INPUT)
clk = spark.readStream.format("json").schema("clickAdId INT, clickTime TIMESTAMP").option("pathGlobFilter", "*clk.json").load(INPUT)
impressionsWithWatermark = imp.withWatermark("impressionTime", "2 hours")
clicksWithWatermark = clk.withWatermark("clickTime", "3 hours")

# Inner join then expressions over both sides' columns and a filter.
result = impressionsWithWatermark.join(
    clicksWithWatermark,
    expr("""clickAdId = impressionAdId AND clickTime >= impressionTime AND clickTime <= impressionTime + interval 1 hour"""), "inner").select(
    col("impressionAdId").alias("adId"),
    ((col("clickTime").cast("long") - col("impressionTime").cast("long")) / 60).alias("minutesToClick"),
    expr("date_format(impressionTime, 'HH:mm')").alias("impHm"),
    expr("clickAdId * 10 + hour(clickTime)").alias("mix")
).where("minutesToClick > 0")
OUTPUT_MODE = "append"
