df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.dropDuplicates(["id"]).createOrReplaceTempView("events")
result = spark.sql("SELECT user, max(amount) AS maxa, sum(CASE WHEN qty > 2 THEN 1 ELSE 0 END) AS q3, round(stddev_samp(amount), 4) AS sd FROM (SELECT *, round(amount * 1.2, 2) AS gross FROM events) ev GROUP BY 1 ORDER BY maxa DESC NULLS LAST")
OUTPUT_MODE = "complete"
