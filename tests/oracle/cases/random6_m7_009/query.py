df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "5 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT nvl2(note, 'y', 'n') AS hasnote, greatest(qty, 2) AS g FROM events WHERE qty IN (2, 2)")
OUTPUT_MODE = "append"
