df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.dropDuplicates(["id"]).createOrReplaceTempView("events")
result = spark.sql("SELECT user, count(*) FILTER (WHERE qty IN (1, 1)) AS ones, concat_ws('/', min(channel), max(channel)) AS span FROM events WHERE region IN ('eu', 'us') GROUP BY user")
OUTPUT_MODE = "complete"
