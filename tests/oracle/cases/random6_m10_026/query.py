df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("SELECT channel, max_by(user, amount) AS maxu FROM events WHERE amount IS NOT NULL AND user LIKE '%e%' GROUP BY channel HAVING count(*) > 2")
OUTPUT_MODE = "update"
