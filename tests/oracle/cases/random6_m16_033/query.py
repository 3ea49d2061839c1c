df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("SELECT initial, count_if(note IS NULL) AS nonote FROM (SELECT *, upper(substr(user, 1, 1)) AS initial FROM events) ev GROUP BY initial")
OUTPUT_MODE = "complete"
