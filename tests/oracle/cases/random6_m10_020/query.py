df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM (SELECT *, date_format(ts, 'HH') AS hr FROM events) ev WHERE user RLIKE '^[a-d]') SELECT hr, count(*) FILTER (WHERE qty IN (1, 1)) AS ones, last(qty) FILTER (WHERE amount > 20) AS lq, max(amount) AS maxa FROM base GROUP BY hr")
OUTPUT_MODE = "update"
