df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").dropDuplicatesWithinWatermark(["id"]).createOrReplaceTempView("events")
result = spark.sql("SELECT window(ts, '10 minutes').start AS wstart, channel, max_by(user, amount) AS maxu, bool_or(amount > 80) AS anyhuge FROM (SELECT *, '10' - qty AS qleft FROM events) ev WHERE region IN ('eu', 'us') AND '3' < qty GROUP BY window(ts, '10 minutes'), channel")
OUTPUT_MODE = "update"
