df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("SELECT user, approx_count_distinct(channel) AS acd FROM (SELECT *, qty & 3 AS qbits FROM events) ev GROUP BY user")
OUTPUT_MODE = "update"
