df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("SELECT user, round(stddev_samp(amount), 4) AS sd FROM events WHERE amount > 5 OR qty IS NULL AND qty BETWEEN 1 AND 4 GROUP BY user HAVING count(*) > 1")
OUTPUT_MODE = "update"
