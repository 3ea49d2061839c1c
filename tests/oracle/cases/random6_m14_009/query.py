df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.dropDuplicates(["id"]).createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM (SELECT *, date_format(ts, 'HH') AS hr FROM events) ev WHERE qty IN (2, 2) AND channel <> 'store') SELECT region, round(stddev_samp(amount), 4) AS sd, approx_count_distinct(channel) AS acd, max(named_struct('a', amount, 'u', user)).u AS top2 FROM base GROUP BY 1")
OUTPUT_MODE = "update"
