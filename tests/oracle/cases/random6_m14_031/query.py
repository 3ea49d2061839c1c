df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "5 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT window(ts, '4 minutes').start AS wstart, gross, last(qty) FILTER (WHERE amount > 20) AS lq, max(amount) AS maxa FROM (SELECT *, named_struct('r', region, 'c', channel).c AS ch2, round(amount * 1.2, 2) AS gross FROM events) ev GROUP BY window(ts, '4 minutes'), gross HAVING count(*) > 1")
OUTPUT_MODE = "append"
