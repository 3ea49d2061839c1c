df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("SELECT CASE channel WHEN 'web' THEN 1 WHEN 'app' THEN 2 END AS ch, initcap(user) AS iu, user, gross FROM (SELECT *, round(amount * 1.2, 2) AS gross FROM events) e WHERE (qty | 1) = 3")
OUTPUT_MODE = "append"
