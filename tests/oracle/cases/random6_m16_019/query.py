df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("SELECT channel, sum(qty) FILTER (WHERE channel = 'web') AS webq FROM events GROUP BY channel")
OUTPUT_MODE = "update"
