df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "5 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT qbits, CASE WHEN count(*) > 3 THEN 'many' ELSE 'few' END AS howmany FROM (SELECT *, qty & 3 AS qbits, date_format(ts, 'HH') AS hr FROM events) ev WHERE (amount > 10) = true GROUP BY qbits")
OUTPUT_MODE = "update"
