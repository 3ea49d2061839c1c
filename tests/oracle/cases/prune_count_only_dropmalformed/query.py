# Column pruning: count(*) reads no column; DROPMALFORMED still drops lines that are not JSON
# objects, but not rows whose values do not fit the schema.
df = spark.readStream.format("json").option("mode", "DROPMALFORMED").schema("id INT, ts TIMESTAMP, category STRING, value DOUBLE").load(INPUT)
result = df.groupBy().count()
OUTPUT_MODE = "complete"
