df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("SELECT greatest(qty, 2) AS g, regexp_replace(user, '[aeiou]', '*') AS masked, round(amount / nullif(qty, 0), 3) AS unit, initial FROM (SELECT *, upper(substr(user, 1, 1)) AS initial FROM events) e WHERE region IN ('eu', 'us') AND channel <> 'store'")
OUTPUT_MODE = "append"
