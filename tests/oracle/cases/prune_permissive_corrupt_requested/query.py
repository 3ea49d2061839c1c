# Column pruning with _corrupt_record read: which rows carry their text there when the
# bad value is in a column the query does not read.
df = spark.readStream.format("json").schema("id INT, ts TIMESTAMP, category STRING, value DOUBLE, _corrupt_record STRING").load(INPUT)
result = df.select("id", "category", "_corrupt_record")
OUTPUT_MODE = "append"
