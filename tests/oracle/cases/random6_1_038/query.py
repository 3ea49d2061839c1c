df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM (SELECT *, upper(substr(user, 1, 1)) AS initial FROM events) ev WHERE user RLIKE '^[a-d]') SELECT channel, round(avg(amount), 3) AS avga FROM base GROUP BY channel")
OUTPUT_MODE = "complete"
