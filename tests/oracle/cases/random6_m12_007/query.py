df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT region, count(note) AS nnotes, sum(qty & 1) AS odd FROM events GROUP BY ALL")
OUTPUT_MODE = "update"
