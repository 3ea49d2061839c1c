df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM (SELECT *, upper(substr(user, 1, 1)) AS initial, date_format(ts, 'HH') AS hr FROM events) ev WHERE '3' < qty AND amount > 5 OR qty IS NULL) SELECT window(ts, '10 minutes') AS w, channel, max(struct(amount, user)).user AS topuser FROM base GROUP BY ALL")
OUTPUT_MODE = "update"
