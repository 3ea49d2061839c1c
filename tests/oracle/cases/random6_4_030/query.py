df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("SELECT rc, count(*) AS cnt, count(note) AS nnotes FROM (SELECT *, date_format(ts, 'HH') AS hr, concat(region, ':', channel) AS rc FROM events) ev GROUP BY rc")
OUTPUT_MODE = "update"
