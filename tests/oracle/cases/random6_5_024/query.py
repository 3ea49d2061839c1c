df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM (SELECT *, concat(region, ':', channel) AS rc, date_format(ts, 'HH') AS hr FROM events) ev WHERE NOT (region = 'apac' AND qty > 3) AND channel <> 'store') SELECT hr, CASE WHEN count(*) > 3 THEN 'many' ELSE 'few' END AS howmany FROM base GROUP BY 1")
OUTPUT_MODE = "update"
