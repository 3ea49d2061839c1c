df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("SELECT gross, sum(qty) FILTER (WHERE channel = 'web') AS webq, concat_ws('/', min(channel), max(channel)) AS span, round(avg(amount), 3) AS avga FROM (SELECT *, date_format(ts, 'HH') AS hr, round(amount * 1.2, 2) AS gross FROM events) ev WHERE channel <> 'store' GROUP BY gross")
OUTPUT_MODE = "update"
