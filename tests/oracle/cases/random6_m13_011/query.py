df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("SELECT region, first(amount) FILTER (WHERE channel = 'web') AS fweb, round(sum(amount), 2) AS suma FROM (SELECT *, length(user) % 3 AS ulen FROM events) ev GROUP BY region HAVING count(*) > 1")
OUTPUT_MODE = "update"
