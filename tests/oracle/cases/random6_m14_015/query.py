df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM (SELECT *, coalesce(note, 'none') AS note2, CASE WHEN amount >= 50 THEN 'big' WHEN amount >= 10 THEN 'mid' ELSE 'small' END AS band FROM events) ev WHERE named_struct('a', amount, 'u', user).a > 30) SELECT window(ts, '10 minutes', '5 minutes').start AS wstart, region, max(qty) - min(qty) AS qrange FROM base GROUP BY window(ts, '10 minutes', '5 minutes'), region")
OUTPUT_MODE = "update"
