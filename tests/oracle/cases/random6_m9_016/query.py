df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.dropDuplicates(["id"]).createOrReplaceTempView("events")
result = spark.sql("SELECT region, round(stddev_samp(amount), 4) AS sd FROM events WHERE qty IN (2, 2) AND '3' < qty GROUP BY region ORDER BY sd DESC NULLS LAST")
OUTPUT_MODE = "complete"
