df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("SELECT rc, round(avg(amount), 3) AS avga, max(qty) - min(qty) AS qrange FROM (SELECT *, concat(region, ':', channel) AS rc, qty * 2 + 1 AS q2 FROM events) ev WHERE user RLIKE '^[a-d]' AND amount > 5 OR qty IS NULL GROUP BY rc")
OUTPUT_MODE = "update"
