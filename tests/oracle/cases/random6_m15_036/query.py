df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.dropDuplicates(["id"]).createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM (SELECT *, nvl(qty, 0) % 2 = 0 AS even FROM events) ev) SELECT even, array_sort(collect_set(channel)) AS chans, count(*) FILTER (WHERE amount > 50) AS nbig, min(user) AS minu FROM base GROUP BY even")
OUTPUT_MODE = "update"
