df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT window(ts, '10 minutes') AS w, padded, CASE WHEN count(*) > 3 THEN 'many' ELSE 'few' END AS howmany FROM (SELECT *, date_format(ts, 'HH') AS hr, concat(space(qty % 3), user) AS padded FROM events) ev WHERE amount IS NOT NULL AND named_struct('a', amount, 'u', user).a > 30 GROUP BY window(ts, '10 minutes'), padded")
OUTPUT_MODE = "append"
