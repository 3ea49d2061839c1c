df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT window(ts, '10 minutes').start AS wstart, channel, approx_count_distinct(channel) AS acd FROM (SELECT *, qty * 2 + 1 AS q2, concat(region, ':', channel) AS rc FROM events) ev WHERE amount > 5 OR qty IS NULL AND region IN ('eu', 'us') GROUP BY window(ts, '10 minutes'), channel")
OUTPUT_MODE = "append"
