df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT window(ts, '10 minutes', '5 minutes').start AS wstart, user, max(named_struct('a', amount, 'u', user)).u AS top2, max(struct(amount, user)).user AS topuser FROM events GROUP BY window(ts, '10 minutes', '5 minutes'), user")
OUTPUT_MODE = "append"
