df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").dropDuplicates(["id", "ts"]).createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM (SELECT *, qty * 2 + 1 AS q2 FROM events) ev WHERE channel <> 'store' AND '3' < qty) SELECT region, max(struct(amount, user)).user AS topuser, round(stddev_samp(amount), 4) AS sd FROM base GROUP BY ALL HAVING count(*) > 2")
OUTPUT_MODE = "update"
