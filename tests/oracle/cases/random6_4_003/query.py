df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM (SELECT *, nvl(qty, 0) % 2 = 0 AS even, length(user) % 3 AS ulen FROM events) ev WHERE user RLIKE '^[a-d]' AND amount > 5 OR qty IS NULL) SELECT channel, min(user) AS minu FROM base GROUP BY 1 HAVING count(*) > 1 ORDER BY minu DESC NULLS LAST")
OUTPUT_MODE = "complete"
