df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "5 minutes").dropDuplicates(["id", "ts"]).createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM events WHERE named_struct('a', amount, 'u', user).a > 30) SELECT window(ts, '4 minutes') AS w, user, approx_count_distinct(channel) AS acd FROM base GROUP BY window(ts, '4 minutes'), user HAVING count(*) > 1")
OUTPUT_MODE = "complete"
