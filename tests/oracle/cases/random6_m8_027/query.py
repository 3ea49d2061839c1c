df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("SELECT user, approx_count_distinct(channel) AS acd, min(user) AS minu, max(amount) AS maxa FROM (SELECT *, CASE WHEN amount >= 50 THEN 'big' WHEN amount >= 10 THEN 'mid' ELSE 'small' END AS band FROM events) ev WHERE qty BETWEEN 1 AND 4 AND user RLIKE '^[a-d]' GROUP BY user")
OUTPUT_MODE = "update"
