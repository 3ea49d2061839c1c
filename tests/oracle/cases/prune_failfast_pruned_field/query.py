# Column pruning: FAILFAST fails only on a bad value in a column the query reads; bad
# values in the other columns (value, ts) are not parsed.
df = spark.readStream.format("json").option("mode", "FAILFAST").schema("id STRING, ts TIMESTAMP, category STRING, value DOUBLE").load(INPUT)
result = df.select("category")
OUTPUT_MODE = "append"
