df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "5 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT hr, sum(qty & 1) AS odd FROM (SELECT *, coalesce(note, 'none') AS note2, date_format(ts, 'HH') AS hr FROM events) ev WHERE region IN ('eu', 'us') AND amount > 5 OR qty IS NULL GROUP BY hr ORDER BY odd DESC NULLS LAST")
OUTPUT_MODE = "complete"
