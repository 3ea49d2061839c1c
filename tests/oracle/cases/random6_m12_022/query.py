df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("SELECT q2, round(stddev_samp(amount), 4) AS sd, count(*) AS cnt, max(named_struct('a', amount, 'u', user)).u AS top2 FROM (SELECT *, upper(substr(user, 1, 1)) AS initial, qty * 2 + 1 AS q2 FROM events) ev GROUP BY q2")
OUTPUT_MODE = "update"
