df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "5 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT user, round(sum(amount) / count(*), 2) AS per, count(*) FILTER (WHERE amount > 50) AS nbig, max(qty) - min(qty) AS qrange FROM (SELECT *, qty & 3 AS qbits FROM events) ev WHERE qty BETWEEN 1 AND 4 AND region IN ('eu', 'us') GROUP BY 1 ORDER BY per DESC NULLS LAST")
OUTPUT_MODE = "complete"
