df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.dropDuplicates(["id"]).createOrReplaceTempView("events")
result = spark.sql("SELECT user, sum(qty) FILTER (WHERE channel = 'web') AS webq FROM events WHERE NOT (region = 'apac' AND qty > 3) AND region IN ('eu', 'us') GROUP BY user")
OUTPUT_MODE = "update"
