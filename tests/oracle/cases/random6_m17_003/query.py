df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "5 minutes").createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM (SELECT *, concat(space(qty % 3), user) AS padded FROM events) ev WHERE amount IS NOT NULL) SELECT channel, round(avg(amount), 3) AS avga FROM base GROUP BY 1 HAVING count(*) > 2 ORDER BY avga DESC NULLS LAST")
OUTPUT_MODE = "complete"
