df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "5 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT region, round(stddev_samp(amount), 4) AS sd FROM (SELECT *, nvl(qty, 0) % 2 = 0 AS even FROM events) ev GROUP BY region")
OUTPUT_MODE = "update"
