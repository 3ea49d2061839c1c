df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT nvl2(note, 'y', 'n') AS hasnote, abs(qty - 3) AS dq, qty & 2 AS b2 FROM events")
OUTPUT_MODE = "append"
