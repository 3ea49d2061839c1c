df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").dropDuplicatesWithinWatermark(["id"]).createOrReplaceTempView("events")
result = spark.sql("SELECT window(ts, '10 minutes', '5 minutes') AS w, channel, CASE WHEN count(*) > 3 THEN 'many' ELSE 'few' END AS howmany, sum(qty) FILTER (WHERE channel = 'web') AS webq FROM (SELECT *, round(amount * 1.2, 2) AS gross, date_format(ts, 'HH') AS hr FROM events) ev GROUP BY ALL")
OUTPUT_MODE = "update"
