df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "5 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT user, date_trunc('MINUTE', ts) AS minute, note2 FROM (SELECT *, coalesce(note, 'none') AS note2 FROM events) e WHERE amount > 5 OR qty IS NULL AND user LIKE '%e%'")
OUTPUT_MODE = "append"
