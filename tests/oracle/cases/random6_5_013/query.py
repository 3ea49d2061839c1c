df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT window(ts, '10 minutes').start AS wstart, region, min(user) AS minu, concat_ws('/', min(channel), max(channel)) AS span FROM events GROUP BY window(ts, '10 minutes'), region HAVING count(*) > 2")
OUTPUT_MODE = "append"
