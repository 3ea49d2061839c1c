df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("SELECT user, max(amount) AS maxa, max(struct(amount, user)).user AS topuser, count(note) AS nnotes FROM (SELECT *, upper(substr(user, 1, 1)) AS initial FROM events) ev WHERE named_struct('a', amount, 'u', user).a > 30 GROUP BY user")
OUTPUT_MODE = "update"
