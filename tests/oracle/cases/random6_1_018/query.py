df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM events) SELECT region, round(stddev_samp(amount), 4) AS sd, array_sort(collect_set(channel)) AS chans FROM base GROUP BY region")
OUTPUT_MODE = "update"
