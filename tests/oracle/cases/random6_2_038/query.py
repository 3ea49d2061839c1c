df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM (SELECT *, concat(region, ':', channel) AS rc FROM events) ev WHERE qty BETWEEN 1 AND 4) SELECT rc, round(avg(amount), 3) AS avga, approx_count_distinct(channel) AS acd FROM base GROUP BY 1")
OUTPUT_MODE = "update"
