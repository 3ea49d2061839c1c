df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("SELECT upper(region) AS r, user, date_trunc('MINUTE', ts) AS minute, user IN ('bob', 'bob') AS isbob, big FROM (SELECT *, (amount > 50) = true AS big FROM events) e WHERE region IN ('eu', 'us') AND qty BETWEEN 1 AND 4")
OUTPUT_MODE = "append"
