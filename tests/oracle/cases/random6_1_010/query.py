df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("SELECT user, count_if(note IS NULL) AS nonote FROM (SELECT *, date_format(ts, 'HH') AS hr FROM events) ev WHERE qty BETWEEN 1 AND 4 AND coalesce(note, '') NOT LIKE 'x%' GROUP BY user")
OUTPUT_MODE = "update"
