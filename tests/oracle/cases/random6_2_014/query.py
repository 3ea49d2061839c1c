df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("SELECT user, min(user) AS minu, sum(qty) FILTER (WHERE channel = 'web') AS webq FROM events WHERE NOT (region = 'apac' AND qty > 3) AND amount > 5 OR qty IS NULL GROUP BY 1")
OUTPUT_MODE = "update"
