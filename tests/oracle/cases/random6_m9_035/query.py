df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("SELECT region, approx_count_distinct(channel) AS acd FROM (SELECT *, nvl(qty, 0) % 2 = 0 AS even, (amount > 50) = true AS big FROM events) ev GROUP BY ALL HAVING count(*) > 1")
OUTPUT_MODE = "update"
