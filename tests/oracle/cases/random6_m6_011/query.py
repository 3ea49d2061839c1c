df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "5 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT window(ts, '4 minutes') AS w, region, CASE WHEN count(*) > 3 THEN 'many' ELSE 'few' END AS howmany FROM (SELECT *, round(amount * 1.2, 2) AS gross, coalesce(note, 'none') AS note2 FROM events) ev WHERE qty BETWEEN 1 AND 4 AND (qty | 1) = 3 GROUP BY window(ts, '4 minutes'), region ORDER BY howmany DESC NULLS LAST")
OUTPUT_MODE = "complete"
