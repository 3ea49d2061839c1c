df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.dropDuplicates(["id"]).createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM events WHERE user RLIKE '^[a-d]' AND channel <> 'store') SELECT user, round(sum(amount) / count(*), 2) AS per FROM base GROUP BY user")
OUTPUT_MODE = "update"
