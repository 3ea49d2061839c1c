from pyspark.sql.functions import expr, col
imp = spark.readStream.format("json").schema("impressionAdId INT, impressionTime TIMESTAMP").option("pathGlobFilter", "*imp.json").load(INPUT)
clk = spark.readStream.format("json").schema("clickAdId INT, clickTime TIMESTAMP").option("pathGlobFilter", "*clk.json").load(INPUT)

result = imp.join(clk, expr("""clickAdId = impressionAdId AND clickTime >= impressionTime AND clickTime <= impressionTime + interval 1 hour"""), "fullOuter")
OUTPUT_MODE = "append"
