df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("SELECT user, bool_or(amount > 80) AS anyhuge FROM (SELECT *, concat(space(qty % 3), user) AS padded FROM events) ev WHERE named_struct('a', amount, 'u', user).a > 30 GROUP BY user")
OUTPUT_MODE = "update"
