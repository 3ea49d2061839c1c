df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "5 minutes").dropDuplicates(["id", "ts"]).createOrReplaceTempView("events")
result = spark.sql("SELECT window(ts, '10 minutes', '5 minutes').start AS wstart, region, max(struct(amount, user)).user AS topuser FROM (SELECT *, (amount > 50) = true AS big, round(amount * 1.2, 2) AS gross FROM events) ev GROUP BY window(ts, '10 minutes', '5 minutes'), region HAVING count(*) > 1")
OUTPUT_MODE = "update"
