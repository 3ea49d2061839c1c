df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("SELECT user, round(stddev_samp(amount), 4) AS sd, bool_or(amount > 80) AS anyhuge, count(note) AS nnotes FROM events WHERE region IN ('eu', 'us') AND amount IS NOT NULL GROUP BY user")
OUTPUT_MODE = "update"
