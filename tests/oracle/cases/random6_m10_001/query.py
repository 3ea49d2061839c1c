df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM (SELECT *, length(user) % 3 AS ulen, qty & 3 AS qbits FROM events) ev WHERE amount IS NOT NULL) SELECT ulen, concat_ws('/', min(channel), max(channel)) AS span, round(sum(amount) / count(*), 2) AS per, count_if(note IS NULL) AS nonote FROM base GROUP BY 1 HAVING count(*) > 1")
OUTPUT_MODE = "update"
