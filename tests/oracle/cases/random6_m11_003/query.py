df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "5 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT window(ts, '10 minutes').start AS wstart, user, last(qty) FILTER (WHERE amount > 20) AS lq, max(named_struct('a', amount, 'u', user)).u AS top2 FROM events GROUP BY ALL ORDER BY lq DESC NULLS LAST")
OUTPUT_MODE = "complete"
