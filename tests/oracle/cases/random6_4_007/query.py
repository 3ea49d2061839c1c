df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT window(ts, '10 minutes', '5 minutes').start AS wstart, region, count(note) AS nnotes FROM (SELECT *, date_format(ts, 'HH') AS hr FROM events) ev WHERE region IN ('eu', 'us') AND coalesce(note, '') NOT LIKE 'x%' GROUP BY window(ts, '10 minutes', '5 minutes'), region HAVING count(*) > 2")
OUTPUT_MODE = "append"
