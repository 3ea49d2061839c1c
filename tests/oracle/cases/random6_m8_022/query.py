df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("SELECT region, max(struct(amount, user)).user AS topuser, round(stddev_samp(amount), 4) AS sd FROM (SELECT *, qty * 2 + 1 AS q2 FROM events) ev WHERE amount > 5 OR qty IS NULL GROUP BY region")
OUTPUT_MODE = "update"
