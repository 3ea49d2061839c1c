df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("SELECT hr, max_by(user, amount) AS maxu, count(*) FILTER (WHERE qty IN (1, 1)) AS ones FROM (SELECT *, date_format(ts, 'HH') AS hr FROM events) ev GROUP BY 1 ORDER BY maxu DESC NULLS LAST")
OUTPUT_MODE = "complete"
