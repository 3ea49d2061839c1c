from pyspark.sql.functions import expr
imp = spark.readStream.format("json").schema("adId INT, campaign STRING, impressionTime TIMESTAMP").option("pathGlobFilter", "*imp.json").load(INPUT)
clk = spark.readStream.format("json").schema("adId INT, campaign STRING, clickTime TIMESTAMP").option("pathGlobFilter", "*clk.json").load(INPUT)
# Two join keys; a NULL in either key never matches.
result = imp.join(clk, on=["adId", "campaign"])
OUTPUT_MODE = "append"
