df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT greatest(qty, 2) AS g, nvl2(note, 'y', 'n') AS hasnote, user IN ('bob', 'bob') AS isbob FROM events")
OUTPUT_MODE = "append"
