df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "5 minutes").dropDuplicatesWithinWatermark(["id"]).createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM (SELECT *, named_struct('r', region, 'c', channel).c AS ch2 FROM events) ev WHERE user RLIKE '^[a-d]' AND '3' < qty) SELECT window(ts, '10 minutes', '5 minutes') AS w, ch2, round(sum(amount) / count(*), 2) AS per FROM base GROUP BY window(ts, '10 minutes', '5 minutes'), ch2")
OUTPUT_MODE = "complete"
