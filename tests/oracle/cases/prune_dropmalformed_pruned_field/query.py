# Column pruning: DROPMALFORMED drops a row for a bad value only in a column the query
# reads (Spark's JSON reader parses just the required schema); a row that is not JSON goes.
df = spark.readStream.format("json").option("mode", "DROPMALFORMED").schema("id INT, ts TIMESTAMP, category STRING, value DOUBLE").load(INPUT)
result = df.select("id", "category")
OUTPUT_MODE = "append"
