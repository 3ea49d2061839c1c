df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.dropDuplicates(["id"]).createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM (SELECT *, amount > 20 AND qty > 1 AS hot, qty * 2 + 1 AS q2 FROM events) ev WHERE named_struct('a', amount, 'u', user).a > 30 AND qty BETWEEN 1 AND 4) SELECT user, sum(CASE WHEN qty > 2 THEN 1 ELSE 0 END) AS q3, CASE WHEN count(*) > 3 THEN 'many' ELSE 'few' END AS howmany FROM base GROUP BY user")
OUTPUT_MODE = "complete"
