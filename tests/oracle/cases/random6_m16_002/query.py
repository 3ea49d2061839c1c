df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.dropDuplicates(["id"]).createOrReplaceTempView("events")
result = spark.sql("SELECT user, max(named_struct('a', amount, 'u', user)).u AS top2, max(struct(amount, user)).user AS topuser, array_sort(collect_set(channel)) AS chans FROM (SELECT *, (amount > 50) = true AS big, round(amount * 1.2, 2) AS gross FROM events) ev GROUP BY 1 HAVING count(*) > 1 ORDER BY top2 DESC NULLS LAST")
OUTPUT_MODE = "complete"
