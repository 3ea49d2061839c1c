df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("SELECT channel, concat_ws('/', min(channel), max(channel)) AS span, max(amount) AS maxa FROM events WHERE qty IN (2, 2) AND '3' < qty GROUP BY channel")
OUTPUT_MODE = "update"
