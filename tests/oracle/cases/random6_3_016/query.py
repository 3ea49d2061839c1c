df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("SELECT concat_ws('-', user, channel) AS uc, regexp_replace(user, '[aeiou]', '*') AS masked FROM (SELECT * FROM events WHERE region IN ('eu', 'us') UNION ALL SELECT * FROM events WHERE channel <> 'store') u WHERE user LIKE '%e%'")
OUTPUT_MODE = "append"
