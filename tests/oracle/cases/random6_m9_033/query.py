df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM (SELECT *, CASE WHEN amount >= 50 THEN 'big' WHEN amount >= 10 THEN 'mid' ELSE 'small' END AS band FROM events) ev WHERE named_struct('a', amount, 'u', user).a > 30 AND amount > 5 OR qty IS NULL) SELECT window(ts, '4 minutes').start AS wstart, band, last(qty) FILTER (WHERE amount > 20) AS lq FROM base GROUP BY window(ts, '4 minutes'), band")
OUTPUT_MODE = "append"
