df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM (SELECT *, date_format(ts, 'HH') AS hr FROM events) ev WHERE coalesce(note, '') NOT LIKE 'x%') SELECT region, max(struct(amount, user)).user AS topuser FROM base GROUP BY region HAVING count(*) > 1")
OUTPUT_MODE = "update"
