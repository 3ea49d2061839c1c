df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("SELECT channel, round(sum(amount) / count(*), 2) AS per, first(amount) FILTER (WHERE channel = 'web') AS fweb FROM events GROUP BY 1 ORDER BY per DESC NULLS LAST")
OUTPUT_MODE = "complete"
