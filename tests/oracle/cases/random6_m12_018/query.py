df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("SELECT region, round(stddev_samp(amount), 4) AS sd, approx_count_distinct(channel) AS acd, max(qty) - min(qty) AS qrange FROM events GROUP BY region")
OUTPUT_MODE = "complete"
