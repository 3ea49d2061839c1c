df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM (SELECT *, concat(region, ':', channel) AS rc, qty * 2 + 1 AS q2 FROM events) ev WHERE amount IS NOT NULL) SELECT region, max(amount) AS maxa, bool_or(amount > 80) AS anyhuge, round(avg(amount), 3) AS avga FROM base GROUP BY region HAVING count(*) > 2")
OUTPUT_MODE = "update"
