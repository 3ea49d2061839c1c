df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "5 minutes").createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM (SELECT *, coalesce(note, 'none') AS note2 FROM events) ev WHERE amount IS NOT NULL) SELECT window(ts, '4 minutes') AS w, note2, count(*) AS cnt, count_if(note IS NULL) AS nonote FROM base GROUP BY window(ts, '4 minutes'), note2")
OUTPUT_MODE = "append"
