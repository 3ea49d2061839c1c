df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").dropDuplicates(["id", "ts"]).createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM (SELECT *, date_format(ts, 'HH') AS hr FROM events) ev WHERE '3' < qty AND amount IS NOT NULL) SELECT channel, count(*) AS cnt, min(user) AS minu, count_if(note IS NULL) AS nonote FROM base GROUP BY 1")
OUTPUT_MODE = "update"
