df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("SELECT user, max(named_struct('a', amount, 'u', user)).u AS top2, CASE WHEN count(*) > 3 THEN 'many' ELSE 'few' END AS howmany, sum(qty) FILTER (WHERE channel = 'web') AS webq FROM (SELECT *, upper(substr(user, 1, 1)) AS initial, date_format(ts, 'HH') AS hr FROM events) ev WHERE user RLIKE '^[a-d]' GROUP BY user")
OUTPUT_MODE = "update"
