df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("SELECT channel, concat_ws('/', min(channel), max(channel)) AS span, round(sum(amount), 2) AS suma, array_sort(collect_set(channel)) AS chans FROM (SELECT *, round(amount * 1.2, 2) AS gross FROM events) ev WHERE qty IN (2, 2) GROUP BY channel")
OUTPUT_MODE = "complete"
