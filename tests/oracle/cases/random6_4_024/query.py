df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("SELECT channel, concat_ws('/', min(channel), max(channel)) AS span FROM (SELECT *, coalesce(note, 'none') AS note2, date_format(ts, 'HH') AS hr FROM events) ev WHERE region IN ('eu', 'us') GROUP BY channel ORDER BY span DESC NULLS LAST")
OUTPUT_MODE = "complete"
