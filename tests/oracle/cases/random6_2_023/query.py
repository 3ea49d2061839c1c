df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").dropDuplicates(["id", "ts"]).createOrReplaceTempView("events")
result = spark.sql("SELECT window(ts, '10 minutes', '5 minutes') AS w, user, CASE WHEN count(*) > 3 THEN 'many' ELSE 'few' END AS howmany, approx_count_distinct(channel) AS acd FROM (SELECT *, concat(region, ':', channel) AS rc, date_format(ts, 'HH') AS hr FROM events) ev WHERE region IN ('eu', 'us') AND user LIKE '%e%' GROUP BY window(ts, '10 minutes', '5 minutes'), user")
OUTPUT_MODE = "append"
