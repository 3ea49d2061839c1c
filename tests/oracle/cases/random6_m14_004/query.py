df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("SELECT user, count(*) FILTER (WHERE qty IN (1, 1)) AS ones, round(sum(amount) / count(*), 2) AS per, sum(CASE WHEN qty > 2 THEN 1 ELSE 0 END) AS q3 FROM (SELECT *, (amount > 50) = true AS big, concat(space(qty % 3), user) AS padded FROM events) ev WHERE (region = 'eu' OR qty > 2) AND (channel = 'web' OR region = 'eu') AND named_struct('a', amount, 'u', user).a > 30 GROUP BY user ORDER BY ones DESC NULLS LAST")
OUTPUT_MODE = "complete"
