df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("SELECT qbits, max(amount) AS maxa, max_by(user, amount) AS maxu FROM (SELECT *, date_format(ts, 'HH') AS hr, qty & 3 AS qbits FROM events) ev WHERE qty BETWEEN 1 AND 4 GROUP BY 1")
OUTPUT_MODE = "update"
