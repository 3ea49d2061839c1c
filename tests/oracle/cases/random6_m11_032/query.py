df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("SELECT even, round(stddev_samp(amount), 4) AS sd, concat_ws('/', min(channel), max(channel)) AS span FROM (SELECT *, nvl(qty, 0) % 2 = 0 AS even FROM events) ev WHERE user LIKE '%e%' AND qty BETWEEN 1 AND 4 GROUP BY even")
OUTPUT_MODE = "update"
