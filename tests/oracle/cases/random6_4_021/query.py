df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "5 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT initcap(user) AS iu, nvl2(note, 'y', 'n') AS hasnote, note2 FROM (SELECT *, coalesce(note, 'none') AS note2 FROM events) e")
OUTPUT_MODE = "append"
