df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM (SELECT *, nvl(qty, 0) % 2 = 0 AS even FROM events) ev WHERE user RLIKE '^[a-d]' AND (amount > 10) = true) SELECT even, sum(CASE WHEN qty > 2 THEN 1 ELSE 0 END) AS q3, count(*) FILTER (WHERE qty IN (1, 1)) AS ones FROM base GROUP BY even")
OUTPUT_MODE = "update"
