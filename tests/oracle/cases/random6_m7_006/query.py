df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.dropDuplicates(["id"]).createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM events WHERE user RLIKE '^[a-d]') SELECT user, max(named_struct('a', amount, 'u', user)).u AS top2, count(*) FILTER (WHERE amount > 50) AS nbig, sum(qty & 1) AS odd FROM base GROUP BY user")
OUTPUT_MODE = "update"
