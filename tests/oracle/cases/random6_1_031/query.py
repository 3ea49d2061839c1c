df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "5 minutes").dropDuplicates(["id", "ts"]).createOrReplaceTempView("events")
result = spark.sql("SELECT channel, round(sum(amount), 2) AS suma FROM (SELECT *, nvl(qty, 0) % 2 = 0 AS even, concat(region, ':', channel) AS rc FROM events) ev GROUP BY channel")
OUTPUT_MODE = "update"
