df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT window(ts, '10 minutes', '5 minutes') AS w, region, count(*) FILTER (WHERE amount > 50) AS nbig, round(stddev_samp(amount), 4) AS sd FROM (SELECT *, concat(region, ':', channel) AS rc FROM events) ev WHERE user RLIKE '^[a-d]' AND '3' < qty GROUP BY window(ts, '10 minutes', '5 minutes'), region")
OUTPUT_MODE = "append"
