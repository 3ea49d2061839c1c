# Column pruning: a column read only by a filter is read, so FAILFAST fails on its bad value.
df = spark.readStream.format("json").option("mode", "FAILFAST").schema("id INT, ts TIMESTAMP, category STRING, value DOUBLE").load(INPUT)
result = df.where("value > 1").select("category")
OUTPUT_MODE = "append"
