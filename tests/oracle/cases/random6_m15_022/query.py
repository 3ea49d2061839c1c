df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT initcap(user) AS iu, greatest(qty, 2) AS g, date_trunc('MINUTE', ts) AS minute, hr FROM (SELECT *, date_format(ts, 'HH') AS hr FROM events) e WHERE (amount > 10) = true")
OUTPUT_MODE = "append"
