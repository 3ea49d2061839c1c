df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "5 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT note2, round(avg(amount), 3) AS avga, first(user, true) AS fu FROM (SELECT *, date_format(ts, 'HH') AS hr, coalesce(note, 'none') AS note2 FROM events) ev GROUP BY note2 HAVING count(*) > 2")
OUTPUT_MODE = "update"
