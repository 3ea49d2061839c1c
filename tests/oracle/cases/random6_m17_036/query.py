df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM (SELECT *, concat(region, ':', channel) AS rc FROM events) ev WHERE named_struct('a', amount, 'u', user).a > 30 AND (qty | 1) = 3) SELECT region, count(*) FILTER (WHERE amount > 50) AS nbig, max(amount) AS maxa FROM base GROUP BY region ORDER BY nbig DESC NULLS LAST")
OUTPUT_MODE = "complete"
