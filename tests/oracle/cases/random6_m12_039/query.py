df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("SELECT channel, count(*) FILTER (WHERE amount > 50) AS nbig, count(*) FILTER (WHERE qty IN (1, 1)) AS ones, round(sum(amount), 2) AS suma FROM events WHERE qty BETWEEN 1 AND 4 AND named_struct('a', amount, 'u', user).a > 30 GROUP BY 1 HAVING count(*) > 1")
OUTPUT_MODE = "complete"
