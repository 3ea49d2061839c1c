df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").dropDuplicatesWithinWatermark(["id"]).createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM (SELECT *, concat(space(qty % 3), user) AS padded FROM events) ev) SELECT window(ts, '10 minutes') AS w, region, bool_or(amount > 80) AS anyhuge FROM base GROUP BY window(ts, '10 minutes'), region")
OUTPUT_MODE = "append"
