df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("SELECT user, count(*) FILTER (WHERE qty IN (1, 1)) AS ones FROM (SELECT *, '10' - qty AS qleft FROM events) ev GROUP BY user ORDER BY ones DESC NULLS LAST")
OUTPUT_MODE = "complete"
