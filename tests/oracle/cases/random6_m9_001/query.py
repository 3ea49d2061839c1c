df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM (SELECT *, concat(region, ':', channel) AS rc FROM events) ev WHERE amount IS NOT NULL) SELECT channel, count(*) FILTER (WHERE amount > 50) AS nbig, max(named_struct('a', amount, 'u', user)).u AS top2, max_by(user, amount) AS maxu FROM base GROUP BY 1 HAVING count(*) > 2")
OUTPUT_MODE = "complete"
