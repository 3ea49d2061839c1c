df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("SELECT initial, last(qty) FILTER (WHERE amount > 20) AS lq, max_by(user, amount) AS maxu, first(amount) FILTER (WHERE channel = 'web') AS fweb FROM (SELECT *, round(amount * 1.2, 2) AS gross, upper(substr(user, 1, 1)) AS initial FROM events) ev WHERE qty BETWEEN 1 AND 4 AND qty IN (2, 2) GROUP BY initial")
OUTPUT_MODE = "update"
