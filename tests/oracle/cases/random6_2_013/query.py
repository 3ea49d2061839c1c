df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("SELECT user, approx_count_distinct(channel) AS acd FROM (SELECT *, nvl(qty, 0) % 2 = 0 AS even FROM events) ev WHERE qty BETWEEN 1 AND 4 AND user RLIKE '^[a-d]' GROUP BY user")
OUTPUT_MODE = "update"
