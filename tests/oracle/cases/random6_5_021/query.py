df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT region, max(amount) AS maxa FROM (SELECT *, concat(region, ':', channel) AS rc, date_format(ts, 'HH') AS hr FROM events) ev WHERE amount > 5 OR qty IS NULL AND coalesce(note, '') NOT LIKE 'x%' GROUP BY region HAVING count(*) > 2")
OUTPUT_MODE = "update"
